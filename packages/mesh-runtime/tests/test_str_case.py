"""Unicode case mapping and whitespace tables against Python's str methods."""

import sys

from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt


def upper(s):
    return rt.rt_call("string_to_upper", [(s, "str")], "str")


def lower(s):
    return rt.rt_call("string_to_lower", [(s, "str")], "str")


def all_code_points_text(step_from=0):
    # Every scalar value (no surrogates), separated by spaces so that the
    # context-dependent final sigma rule of str.lower() never applies.
    return " ".join(
        chr(cp)
        for cp in range(step_from, sys.maxunicode + 1)
        if not 0xD800 <= cp < 0xE000
    )


def test_upper_matches_python_for_every_code_point():
    text = all_code_points_text()
    assert upper(text) == text.upper()


def test_lower_matches_python_for_every_code_point():
    text = all_code_points_text()
    assert lower(text) == text.lower()


def test_multi_character_expansions():
    assert upper("straße") == "STRASSE"
    assert upper("ŉ") == "ʼN"
    assert upper("\u0390") == "\u0399\u0308\u0301"  # three code points
    assert lower("İ") == "i̇"
    assert upper("ﬃ") == "FFI"


def test_unchanged_text_is_returned_without_copying():
    assert rt.string_same_object("ABC 123 ÉÉ", "upper")
    assert rt.string_same_object("abc 123 éé", "lower")
    assert not rt.string_same_object("abc", "upper")


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_case_matches_python_on_random_text(s):
    assert upper(s) == s.upper()
    assert lower(s) == s.lower()


def test_final_sigma():
    assert lower("ΟΔΟΣ") == "οδος"
    assert lower("ΟΔΟΣ ΟΔΟΣ.") == "οδος οδος."
    assert lower("Σ") == "σ"  # nothing cased before it
    assert lower("ΑΣΑ") == "ασα"  # a cased letter follows
    assert lower("Α'Σ") == "α'ς"  # the apostrophe is case-ignorable
    assert lower("ΑΣ'Α") == "ασ'α"
    assert lower("ΑΣ\u0301") == "ας\u0301"  # a combining mark after is skipped


@given(st.text(alphabet="ΣσΑα '.\u0301\u00ad1", max_size=12))
def test_final_sigma_matches_python(s):
    assert lower(s) == s.lower()
