"""Json.parse error messages and positions, strictness, Json.get, and the
Json type's layout and value operations (spec 11 s13)."""

import pytest
from mesh_runtime import _meshrt as rt


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "expected value at line 1 column 1"),
        ("   ", "expected value at line 1 column 4"),
        ("nul", "expected value at line 1 column 1"),
        ("True", "expected value at line 1 column 1"),
        ("[1,]", "expected value at line 1 column 4"),
        ("[1 2]", "expected ',' or ']' at line 1 column 4"),
        ('{"a":1,}', "expected string key at line 1 column 8"),
        ("{'a':1}", "expected string key at line 1 column 2"),
        ('{"a" 1}', "expected ':' at line 1 column 6"),
        ('{"a":1 "b":2}', "expected ',' or '}' at line 1 column 8"),
        ("01", "invalid number (leading zero) at line 1 column 1"),
        ("-", "invalid number at line 1 column 1"),
        ("1.", "invalid number at line 1 column 1"),
        (".5", "expected value at line 1 column 1"),
        ("1e", "invalid number at line 1 column 1"),
        ("+1", "expected value at line 1 column 1"),
        ("0x10", "unexpected text after the value at line 1 column 2"),
        ("NaN", "expected value at line 1 column 1"),
        ("[1] [2]", "unexpected text after the value at line 1 column 5"),
        ('"abc', "unterminated string starting at line 1 column 1"),
        ('"a\tb"', "invalid control character in string at line 1 column 3"),
        ('"\\x"', "invalid escape at line 1 column 2"),
        ('"\\u12g4"', "invalid \\u escape at line 1 column 2"),
        ('{\n  "a": [1,\n   ]\n}', "expected value at line 3 column 4"),
        ('["é", x]', "expected value at line 1 column 7"),
    ],
)
def test_error_messages(text, message):
    assert rt.json_parse(text) == ("err", message)


def test_whitespace_is_only_the_four_rfc_characters():
    assert rt.json_parse(" \t\r\n[ 1 ,\n2 ] \n") == ("ok", [1, 2])
    assert rt.json_parse("\u00a01")[0] == "err"
    assert rt.json_parse("\x0c1")[0] == "err"


def test_depth_limit():
    assert rt.json_parse("[" * 512 + "]" * 512)[0] == "ok"
    status, message = rt.json_parse("[" * 513 + "]" * 513)
    assert status == "err" and message.startswith("nesting deeper than 512 levels")


def test_nul_inside_input():
    assert rt.json_parse_bytes(b'"a\x00"') == (
        "err",
        "invalid control character in string at line 1 column 3",
    )
    assert rt.json_parse_bytes(b"1\x00")[0] == "err"


def test_get_on_text_and_values():
    src = '{"name":"kiwi","n":3,"f":2.5,"ok":true,"nil":null,"xs":[1,"a"],"o":{"k":"v","m":{"z":1}}}'
    expect = {
        "name": "kiwi",
        "n": "3",
        "f": "2.5",
        "ok": "true",
        "nil": "",
        "missing": "",
        "xs": '[1,"a"]',
        "o": '{"k":"v","m":{"z":1}}',
    }
    _, value = rt.json_parse(src)
    for key, text in expect.items():
        assert rt.json_get(src, key) == text
        assert rt.json_get(("value", value), key) == text
    assert rt.json_get(src, "o", "k") == "v"
    assert rt.json_get(src, "o", "m") == '{"z":1}'
    assert rt.json_get(src, "o", "nope") == ""
    assert rt.json_get(src, "name", "k") == ""
    assert rt.json_get(("value", value), "o", "k") == "v"
    assert rt.json_get("not json", "a") == ""
    assert rt.json_get("[1,2]", "a") == ""
    assert rt.json_get("[1,2]", "a", "b") == ""


def test_layout_is_codegen_sum_layout():
    assert rt.json_layout() == [
        ("JsonNull", 24, 0, None),
        ("JsonBool", 32, 0, None),
        ("JsonInt", 32, 0, None),
        ("JsonFloat", 32, 0, None),
        ("JsonString", 32, 1, 24),
        ("JsonArray", 32, 1, 24),
        ("JsonObject", 32, 1, 24),
    ]


def test_display_debug_eq_hash():
    value = {"a": [1, "x", None, 2.5, True]}
    assert rt.json_value_text(value) == (
        "JsonObject(%{a => JsonArray([JsonInt(1), JsonString(x), JsonNull, JsonFloat(2.5), JsonBool(true)])})"
    )
    assert rt.json_value_text(value, True) == (
        'JsonObject(%{"a" => JsonArray([JsonInt(1), JsonString("x"), JsonNull, JsonFloat(2.5), JsonBool(true)])})'
    )
    assert rt.json_eq_hash({"a": 1, "b": [2]}, {"b": [2], "a": 1}) == (True, True)
    assert rt.json_eq_hash(1, 1.0)[0] is False
    assert rt.json_eq_hash([1, None], [1, None]) == (True, True)
    assert rt.json_eq_hash("a", "b")[0] is False
