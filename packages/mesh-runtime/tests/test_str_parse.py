"""String.to_int / String.to_float (spec 11 s2)."""

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt


def to_int(s):
    return rt.rt_call("string_to_int", [(s, "str")], None)


def to_float(s):
    return rt.rt_call("string_to_float", [(s, "str")], None)


@pytest.mark.parametrize(
    "text, value",
    [
        ("42", 42),
        ("  -7\n", -7),
        ("+5", 5),
        ("0", 0),
        ("-0", 0),
        ("007", 7),
        ("9223372036854775807", 2**63 - 1),
        ("-9223372036854775808", -(2**63)),
        ("\u3000 12 \u2028", 12),
    ],
)
def test_to_int_accepts(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "-",
        "+",
        "1.0",
        "1e3",
        "0x10",
        "1_000",
        "12a",
        "a12",
        "- 1",
        "++1",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999",
        "١٢",
    ],
)
def test_to_int_rejects(text):
    assert to_int(text) is None


@given(st.integers(-(2**70), 2**70))
def test_to_int_matches_python_range_check(n):
    expected = n if -(2**63) <= n < 2**63 else None
    assert to_int(str(n)) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("3.14", 3.14),
        ("-2e3", -2000.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("+.5e-1", 0.05),
        ("  1E+2 ", 100.0),
        ("0", 0.0),
        ("1e999", math.inf),
        ("123456789012345678901234567890", 1.2345678901234568e29),
    ],
)
def test_to_float_accepts(text, value):
    assert to_float(text) == value


@pytest.mark.parametrize("text", ["inf", "INF", "+Infinity", "infinity"])
def test_to_float_infinity(text):
    assert to_float(text) == math.inf
    assert to_float("-" + text.lstrip("+")) == -math.inf


@pytest.mark.parametrize("text", ["nan", "NaN", "-nan", "+NAN"])
def test_to_float_nan(text):
    assert math.isnan(to_float(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        "e5",
        "1e",
        "1e+",
        "0x1p3",
        "infinit",
        "nana",
        "1.2.3",
        "--1",
        "1 2",
        "in f",
        "1_0",
        "١.٥",
    ],
)
def test_to_float_rejects(text):
    assert to_float(text) is None


FLOAT_SYNTAX = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


@given(st.text(alphabet="0123456789.eE+- ", max_size=10))
def test_to_float_grammar_matches_a_reference(text):
    stripped = text.strip()
    expected = float(stripped) if FLOAT_SYNTAX.fullmatch(stripped) else None
    assert to_float(text) == expected


@given(st.floats(allow_nan=False))
def test_to_float_round_trips_repr(x):
    assert to_float(repr(x)) == x
