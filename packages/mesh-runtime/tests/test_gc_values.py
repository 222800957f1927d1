"""Descriptors of the built-in types and their value operations (spec 05
s5.2, s6, s8), checked against Python's own semantics."""

import math
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

KIND_STRING, KIND_SCALAR, DESC_POINTER = 1, 6, 1
INT64 = st.integers(-(2**63), 2**63 - 1)


def sign(x):
    return (x > 0) - (x < 0)


@pytest.mark.parametrize(
    "name,kind,flags",
    [
        ("Int", KIND_SCALAR, 0),
        ("Float", KIND_SCALAR, 0),
        ("Bool", KIND_SCALAR, 0),
        ("()", KIND_SCALAR, 0),
        ("String", KIND_STRING, DESC_POINTER),
        ("Atom", KIND_STRING, DESC_POINTER),
    ],
)
def test_descriptor_layout_words(name, kind, flags):
    assert rt.scalar_desc_info(name)[:2] == (kind, flags)
    assert rt.scalar_desc_info(name)[3] == name


@given(INT64, INT64)
def test_int_operations(a, b):
    assert rt.scalar_op("Int", "eq", a, b) == (a == b)
    assert rt.scalar_op("Int", "cmp", a, b) == sign(a - b)
    assert rt.scalar_op("Int", "display", a) == str(a)
    assert rt.scalar_op("Int", "debug", a) == str(a)
    if a == b:
        assert rt.scalar_op("Int", "hash", a) == rt.scalar_op("Int", "hash", b)


def test_int_hashes_spread():
    hashes = {rt.scalar_op("Int", "hash", i) for i in range(100000)}
    assert len(hashes) == 100000
    # Small keys must spread over the low bits too (hash tables use them):
    # 100000 uniform draws from 65536 buckets fill about 51290 of them.
    assert len({h & 0xFFFF for h in hashes}) > 50500


@given(st.floats(allow_nan=True), st.floats(allow_nan=True))
def test_float_eq_is_ieee_and_cmp_treats_nan_as_equal(a, b):
    assert rt.scalar_op("Float", "eq", a, b) == (a == b)
    expected = -1 if a < b else 1 if a > b else 0
    assert rt.scalar_op("Float", "cmp", a, b) == expected
    if a == b:
        assert rt.scalar_op("Float", "hash", a) == rt.scalar_op("Float", "hash", b)


def test_float_special_values():
    nan = math.nan
    assert not rt.scalar_op("Float", "eq", nan, nan)
    assert rt.scalar_op("Float", "cmp", nan, 1.0) == 0
    assert rt.scalar_op("Float", "eq", 0.0, -0.0)
    assert rt.scalar_op("Float", "hash", 0.0) == rt.scalar_op("Float", "hash", -0.0)
    other_nan = struct.unpack("<d", struct.pack("<Q", 0x7FF0000000000001))[0]
    assert rt.scalar_op("Float", "hash", nan) == rt.scalar_op(
        "Float", "hash", other_nan
    )


@pytest.mark.parametrize(
    "value,text",
    [
        (3.5, "3.5"),
        (4.0, "4"),
        (0.1, "0.1"),
        (-0.0, "-0"),
        (math.inf, "inf"),
        (-math.inf, "-inf"),
        (math.nan, "NaN"),
        (1e21, "1000000000000000000000"),
    ],
)
def test_float_display_and_debug(value, text):
    assert rt.scalar_op("Float", "display", value) == text
    assert rt.scalar_op("Float", "debug", value) == text


def test_bool_and_unit():
    assert rt.scalar_op("Bool", "display", True) == "true"
    assert rt.scalar_op("Bool", "debug", False) == "false"
    assert rt.scalar_op("Bool", "cmp", False, True) == -1
    assert rt.scalar_op("Bool", "cmp", True, True) == 0
    assert rt.scalar_op("Bool", "eq", True, False) is False
    assert rt.scalar_op("Bool", "hash", True) != rt.scalar_op("Bool", "hash", False)
    assert rt.scalar_op("()", "display", None, None) == "()"
    assert rt.scalar_op("()", "eq", None, None)
    assert rt.scalar_op("()", "cmp", None, None) == 0


TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@given(TEXT, TEXT)
def test_string_operations_follow_bytes(a, b):
    ab, bb = a.encode(), b.encode()
    assert rt.scalar_op("String", "eq", a, b) == (ab == bb)
    assert rt.scalar_op("String", "cmp", a, b) == sign((ab > bb) - (ab < bb))
    assert rt.scalar_op("String", "display", a) == a
    ha, hb = rt.scalar_op("String", "hash", a), rt.scalar_op("String", "hash", b)
    assert ha == rt.hash_bytes(ab)
    if a == b:
        assert ha == hb


def debug_reference(text):
    # Spec 05 s8.2, written independently of the runtime.
    named = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    out = []
    for ch in text:
        if ch in named:
            out.append(named[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


@given(TEXT)
def test_string_debug_matches_the_reference(text):
    assert rt.scalar_op("String", "debug", text) == debug_reference(text)


def test_string_debug_examples():
    assert rt.scalar_op("String", "debug", 'say "hi"\n') == '"say \\"hi\\"\\n"'
    assert rt.scalar_op("String", "debug", "\x01\x1b\x7f") == '"\\u{1}\\u{1b}\\u{7f}"'
    assert rt.scalar_op("String", "debug", "née ✓") == '"née ✓"'


def test_string_hash_spreads_and_depends_on_every_byte():
    words = [f"key-{i}" for i in range(50000)]
    assert len({rt.scalar_op("String", "hash", w) for w in words}) == 50000
    assert rt.hash_bytes(b"a") != rt.hash_bytes(b"a\0")
    assert rt.hash_bytes(b"") != rt.hash_bytes(b"\0")
    base = bytes(range(37))
    h0 = rt.hash_bytes(base)
    flipped = []
    for i in range(len(base) * 8):
        changed = bytearray(base)
        changed[i // 8] ^= 1 << (i % 8)
        flipped.append((h0 ^ rt.hash_bytes(bytes(changed))).bit_count())
    # Every input bit flips about half of the output bits.
    assert min(flipped) > 12 and 28 < sum(flipped) / len(flipped) < 36


def test_atoms_display_without_and_debug_with_the_colon():
    assert rt.scalar_op("Atom", "display", "ok") == "ok"
    assert rt.scalar_op("Atom", "debug", "ok") == ":ok"
    assert rt.scalar_op("Atom", "eq", "ok", "ok")
    assert not rt.scalar_op("Atom", "eq", "ok", "error")
    assert rt.scalar_op("Atom", "cmp", "a", "b") == -1
    assert rt.scalar_op("Atom", "hash", "ok") == rt.scalar_op("String", "hash", "ok")
