"""Json.parse / Json.encode against Python's json module (spec 11 s13).

Documented differences from Python: numbers that do not fit in Int parse
as floats (Python keeps big ints), NaN/inf encode as null, and lone
surrogate escapes parse as U+FFFD."""

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

INT64 = st.integers(-(2**63), 2**63 - 1)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    INT64,
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.text(max_size=6), inner, max_size=5),
    ),
    max_leaves=25,
)


def dumps(value, **kw):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), **kw)


def same(a, b):
    """Equal with int/float kept apart (1 vs 1.0) and member order checked."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, float) and a == 0.0:
        return math.copysign(1, a) == math.copysign(1, b)
    return a == b


@settings(max_examples=300)
@given(documents)
def test_encode_matches_python(doc):
    assert rt.json_encode(doc) == dumps(doc)


@settings(max_examples=300)
@given(documents, st.sampled_from([None, 0, 2, "\t"]), st.booleans())
def test_parse_matches_python(doc, indent, ascii_only):
    text = json.dumps(doc, indent=indent, ensure_ascii=ascii_only)
    status, value = rt.json_parse(text)
    assert status == "ok"
    assert same(value, json.loads(text))


@given(documents)
def test_encode_parse_roundtrip(doc):
    status, value = rt.json_parse(rt.json_encode(doc))
    assert status == "ok" and same(value, doc)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_rule(x):
    text = rt.json_encode_scalar("float", x)
    assert text == repr(x)  # shortest round trip, Python's form
    assert "." in text or "e" in text  # never looks like an Int
    assert float(text) == x


def test_float_examples_and_non_finite():
    assert rt.json_encode([2.0, 3.14, 1e16, 1e15, 1e-5, 0.0001, -0.0]) == (
        "[2.0,3.14,1e+16,1000000000000000.0,1e-05,0.0001,-0.0]"
    )
    assert rt.json_encode([math.nan, math.inf, -math.inf]) == "[null,null,null]"


def test_int_float_split():
    assert rt.json_parse("[3, 3.0, 3e0, -0, 9223372036854775807]") == (
        "ok",
        [3, 3.0, 3.0, 0, 2**63 - 1],
    )
    status, value = rt.json_parse("[-9223372036854775808, 9223372036854775808, 1e400]")
    assert status == "ok"
    assert value[0] == -(2**63) and isinstance(value[0], int)
    assert isinstance(value[1], float) and value[1] == 2.0**63
    assert value[2] == math.inf


def test_string_escapes():
    assert rt.json_encode_scalar("string", 'a"b\\c\n\t\r\b\f\x01\x1f\x7fé') == (
        '"a\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\x7fé"'
    )
    assert rt.json_parse(r'"\/\"\\\b\f\n\r\t\u0041\u00e9\ud83d\ude00"') == (
        "ok",
        '/"\\\b\f\n\r\tAé\U0001f600',
    )
    # lone surrogates cannot be held by a String: U+FFFD
    assert rt.json_parse(r'"\ud800x\udc00"') == ("ok", "\ufffdx\ufffd")


def test_duplicate_keys_last_wins_first_position():
    assert rt.json_parse('{"a":1,"b":2,"a":3}') == ("ok", {"a": 3, "b": 2})
    _, value = rt.json_parse('{"a":1,"b":2,"a":3}')
    assert list(value) == ["a", "b"]


def test_small_encoders():
    assert rt.json_encode_scalar("int", -42) == "-42"
    assert rt.json_encode_scalar("bool", True) == "true"
    assert rt.json_encode_scalar("bool", False) == "false"
    assert rt.json_encode_scalar("map", {"k": 'v"', "a": ""}) == '{"k":"v\\"","a":""}'
    assert rt.json_encode_scalar("map", {}) == "{}"
    assert rt.json_encode_scalar("list", ["x", "\n"]) == '["x","\\n"]'
    assert rt.json_encode_scalar("list", []) == "[]"
