"""The String module (spec 11 s2) against Python's str as the reference."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

S = "str"
TEXTS = [
    "",
    "a",
    "kiwi",
    "héllo wörld",
    "日本語テキスト",
    "🦀 crab 🦀",
    "e\u0301",
    "a,,b",
    "\x00x",
]


def call(name, *args, result="str"):
    return rt.rt_call(
        name, [(a, S) if isinstance(a, str) else (a, "int") for a in args], result
    )


def py_slice(s, a, b):
    n = len(s)
    a = min(max(a, 0), n)
    b = min(max(b, 0), n)
    return s[a:b] if b > a else ""


@pytest.mark.parametrize("text", TEXTS)
def test_slice_counts_code_points_and_clamps(text):
    n = len(text)
    for a in (-3, 0, 1, 2, n - 1, n, n + 5):
        for b in (-1, 0, 1, 3, n, n + 2):
            assert call("string_slice", text, a, b) == py_slice(text, a, b), (a, b)


@given(st.text(), st.integers(-5, 30), st.integers(-5, 30))
def test_slice_matches_python(text, a, b):
    assert call("string_slice", text, a, b) == py_slice(text, a, b)


def test_search_predicates():
    assert call("string_contains", "héllo", "él", result="bool")
    assert call("string_contains", "héllo", "", result="bool")
    assert call("string_contains", "", "", result="bool")
    assert not call("string_contains", "héllo", "le", result="bool")
    assert call("string_starts_with", "héllo", "hé", result="bool")
    assert not call("string_starts_with", "hé", "héllo", result="bool")
    assert call("string_ends_with", "héllo", "llo", result="bool")
    assert call("string_ends_with", "héllo", "", result="bool")
    assert not call("string_ends_with", "héllo", "hé", result="bool")


@given(st.text(alphabet="abé日 ", max_size=12), st.text(alphabet="abé日 ", max_size=3))
def test_search_matches_python(s, sub):
    assert call("string_contains", s, sub, result="bool") == (sub in s)
    assert call("string_starts_with", s, sub, result="bool") == s.startswith(sub)
    assert call("string_ends_with", s, sub, result="bool") == s.endswith(sub)


def test_replace():
    assert call("string_replace", "a-b-c", "-", "+") == "a+b+c"
    assert (
        call("string_replace", "aaa", "aa", "b") == "ba"
    )  # non-overlapping, left to right
    assert call("string_replace", "héllo", "é", "e") == "hello"
    assert (
        call("string_replace", "abc", "", "x") == "abc"
    )  # Decision: from == "" -> unchanged
    assert call("string_replace", "abc", "z", "x") == "abc"
    assert call("string_replace", "", "a", "b") == ""


@given(
    st.text(alphabet="abé", max_size=12),
    st.text(alphabet="abé", min_size=1, max_size=3),
    st.text(alphabet="xyé", max_size=3),
)
def test_replace_matches_python(s, old, new):
    assert call("string_replace", s, old, new) == s.replace(old, new)


def test_split():
    assert call("string_split", "a,,b", ",", result=None) == ["a", "", "b"]
    assert call("string_split", "", ",", result=None) == [""]
    assert call("string_split", "kiwi fig banana", " ", result=None) == [
        "kiwi",
        "fig",
        "banana",
    ]
    assert call("string_split", "abc", "", result=None) == ["a", "b", "c"]
    assert call("string_split", "日é🦀", "", result=None) == ["日", "é", "🦀"]
    assert call("string_split", "", "", result=None) == []
    assert call("string_split", "a--b--", "--", result=None) == ["a", "b", ""]


@given(st.text(alphabet="ab,é", max_size=15), st.text(alphabet="ab,é", max_size=2))
def test_split_matches_python(s, sep):
    expected = list(s) if sep == "" else s.split(sep)
    assert call("string_split", s, sep, result=None) == expected


@given(st.lists(st.text(max_size=5), max_size=6), st.text(max_size=3))
def test_join_matches_python(parts, sep):
    assert rt.rt_call("string_join", [(parts, ("list", S)), (sep, S)], S) == sep.join(
        parts
    )


WHITESPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"


def test_trim_removes_unicode_whitespace_only():
    assert call("string_trim", WHITESPACE + "a b" + WHITESPACE) == "a b"
    assert call("string_trim", WHITESPACE) == ""
    assert call("string_trim", "") == ""
    assert (
        call("string_trim", "\u200bx\u200b") == "\u200bx\u200b"
    )  # zero width space is not White_Space
    assert (
        call("string_trim", "\x1cx") == "\x1cx"
    )  # information separators are not White_Space
    assert rt.string_same_object("no spaces", "trim")


@given(st.text(alphabet=WHITESPACE + "ab日", max_size=12))
def test_trim_matches_python_strip_over_white_space(s):
    assert call("string_trim", s) == s.strip(WHITESPACE)


def test_concat_n_allocates_the_whole_text():
    assert rt.rt_call("string_concat_n", [(["a", "", "é", "🦀"], None)], S) == "aé🦀"
    assert rt.rt_call("string_concat_n", [([], None)], S) == ""
    assert rt.rt_call("string_concat_n", [(["only"], None)], S) == "only"
