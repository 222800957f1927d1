"""Int and Float formatting; floats differentially against spec 05 s8.3."""

import decimal
import math
import random
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

import mesh_runtime as rt

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def spec_float_text(x: float) -> str:
    """The reference algorithm given in spec 05 s8.3."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = format(decimal.Decimal(repr(x)), "f")
    if text.endswith(".0"):
        text = text[:-2]
    elif text.endswith("."):
        text = text[:-1]
    return text


def test_int_to_string_edges():
    assert rt.int_to_string(0) == "0"
    assert rt.int_to_string(-1) == "-1"
    assert rt.int_to_string(42) == "42"
    assert rt.int_to_string(INT64_MAX) == "9223372036854775807"
    assert rt.int_to_string(INT64_MIN) == "-9223372036854775808"


@given(st.integers(min_value=INT64_MIN, max_value=INT64_MAX))
def test_int_to_string_matches_python(n):
    assert rt.int_to_string(n) == str(n)


def test_float_examples_from_the_spec():
    # A list, not a dict: 0.0 and -0.0 would be one key.
    cases = [
        (42.0, "42"),
        (1e21, "1000000000000000000000"),
        (-0.0, "-0"),
        (0.0, "0"),
        (0.1, "0.1"),
        (2.5e-3, "0.0025"),
        (1e-7, "0.0000001"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100.0 / 3.0, "33.333333333333336"),
        (3.5, "3.5"),
        (4.0, "4"),
        (float("inf"), "inf"),
        (float("-inf"), "-inf"),
        (float("nan"), "NaN"),
        (-1.5, "-1.5"),
    ]
    for value, text in cases:
        assert rt.float_to_string(value) == text, value


SPECIALS = [
    5e-324,  # smallest subnormal
    -5e-324,
    2.2250738585072014e-308,  # smallest normal
    2.225073858507201e-308,  # largest subnormal
    1.7976931348623157e308,  # largest finite
    -1.7976931348623157e308,
    1e21,
    1e22,
    1e23,
    9007199254740993.0,
    2.0**53,
    2.0**-1074,
    1e-7,
    123456789012345680.0,
    0.1 + 0.2,
    1 / 3,
]


def test_float_special_values_match_reference():
    for x in SPECIALS:
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_powers_of_two_match_reference():
    # Round-trip intervals are lopsided at powers of two: the tricky case.
    for e in range(-1074, 1024):
        x = 2.0**e
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_random_bit_patterns_match_reference():
    rng = random.Random(20240601)
    for _ in range(20000):
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)


def test_float_random_everyday_values_match_reference():
    rng = random.Random(7)
    for _ in range(5000):
        x = round(rng.uniform(-1e6, 1e6), rng.randint(0, 8))
        assert rt.float_to_string(x) == spec_float_text(x), repr(x)
        y = rng.randint(-(10**17), 10**17) / 10 ** rng.randint(0, 20)
        assert rt.float_to_string(y) == spec_float_text(y), repr(y)


@settings(max_examples=2000)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_float_hypothesis_matches_reference(x):
    assert rt.float_to_string(x) == spec_float_text(x)
