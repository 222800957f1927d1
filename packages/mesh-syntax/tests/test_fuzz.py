"""No input crashes or hangs the lexer or parser (bounded hypothesis fuzzing)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mesh_syntax import parse
from mesh_syntax.diagnostics import Diagnostic

FRAGMENTS = [
    "fn", "def", "do", "end", "let", "if", "else", "case", "match", "when", "->", "=>", "=",
    "(", ")", "[", "]", "{", "}", "%{", "|", "|>", "|2>", "::", ":", ",", ".", "..", ";",
    "\n", " ", "x", "Foo", "1", "2.5", ":ok", '"', '"a${', "}", "#", "#=", "=#", "receive",
    "after", "for", "in", "while", "struct", "type", "interface", "impl", "actor", "service",
    "supervisor", "module", "pub", "import", "from", "terminate", "call", "cast", "spawn",
    "self", "return", "break", "-", "+", "*", "not", "and", "?", "!", "@", "'", "\\", "é",
    "json", "test", "deriving", "as", "_", "\r\n", "\t", '"""',
]


def _check(source: str) -> None:
    start = time.perf_counter()
    result = parse(source, file="fuzz.test.mpl")
    assert result.root.text() == source
    assert all(isinstance(d, Diagnostic) and d.code == "P0001" for d in result.diagnostics)
    for d in result.diagnostics:
        assert d.primary is not None
        assert 0 <= d.primary.span.start <= d.primary.span.end <= len(source.encode(
            "utf-8", "surrogatepass"))
    assert time.perf_counter() - start < 2.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_token_soup_never_crashes(pieces: list[str]) -> None:
    _check(" ".join(pieces))
    _check("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    _check(text)


def test_deep_nesting_is_reported_not_crashing() -> None:
    for opener, closer in [("(", ")"), ("[", "]"), ("fn -> ", " end"), ("do ", " end"),
                           ('"${', '}"'), ("-", ""), ("not ", "")]:
        source = "fn main() = " + opener * 3000 + "1" + closer * 3000
        result = parse(source)
        assert result.root.text() == source
    result = parse("fn f(x :: " + "List<" * 3000 + "Int" + ">" * 3000 + ") = 1")
    assert result.diagnostics


def test_long_flat_input_is_fast() -> None:
    source = "fn main() do\n" + "  let x = 1 + 2 * foo(3, [4, 5])\n" * 5000 + "end\n"
    start = time.perf_counter()
    result = parse(source)
    assert not result.diagnostics
    assert time.perf_counter() - start < 10.0
