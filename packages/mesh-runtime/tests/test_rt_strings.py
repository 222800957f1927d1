"""String functions through their Python wrappers."""

from hypothesis import given
from hypothesis import strategies as st

import mesh_runtime as rt

SAMPLES = ["", "a", "kiwi", "héllo", "日本語", "🦀 crab", "e\u0301", "\x00nul", "a" * 5000]


def test_roundtrip_keeps_bytes_nul_terminator_and_descriptor():
    for text in SAMPLES:
        assert rt.string_roundtrip(text) == text


def test_length_counts_code_points_not_bytes():
    assert rt.string_length("héllo") == 5
    assert rt.string_length("日本語") == 3
    assert rt.string_length("🦀") == 1
    assert rt.string_length("e\u0301") == 2  # combining mark is its own code point
    assert rt.string_length("") == 0


@given(st.text())
def test_length_matches_python(text):
    assert rt.string_length(text) == len(text)


def test_concat():
    assert rt.string_concat("foo", "bar") == "foobar"
    assert rt.string_concat("", "bar") == "bar"
    assert rt.string_concat("foo", "") == "foo"
    assert rt.string_concat("", "") == ""
    assert rt.string_concat("日本", "語") == "日本語"


@given(st.text(), st.text())
def test_concat_matches_python(a, b):
    assert rt.string_concat(a, b) == a + b


def test_eq():
    assert rt.string_eq("abc", "abc")
    assert not rt.string_eq("abc", "abd")
    assert not rt.string_eq("abc", "ab")
    assert rt.string_eq("", "")


def sign(n):
    return (n > 0) - (n < 0)


def test_cmp_is_bytewise():
    assert rt.string_cmp("a", "b") < 0
    assert rt.string_cmp("b", "a") > 0
    assert rt.string_cmp("ab", "ab") == 0
    assert rt.string_cmp("ab", "abc") < 0
    assert rt.string_cmp("abc", "ab") > 0
    assert rt.string_cmp("", "a") < 0
    assert rt.string_cmp("Z", "a") < 0
    assert rt.string_cmp("é", "z") > 0  # 0xC3 > 'z'


@given(st.text(), st.text())
def test_cmp_and_eq_match_python_bytes_order(a, b):
    ab, bb = a.encode(), b.encode()
    assert sign(rt.string_cmp(a, b)) == sign((ab > bb) - (ab < bb))
    assert rt.string_eq(a, b) == (a == b)


def test_bool_to_string():
    assert rt.bool_to_string(True) == "true"
    assert rt.bool_to_string(False) == "false"
