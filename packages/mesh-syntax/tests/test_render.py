"""Diagnostic rendering (chapter 06 §2), JSON lines (chapter 15 §3), suggestions."""

from __future__ import annotations

import json

import pytest
from conftest import TESTS, check_snapshot
from mesh_syntax import parse
from mesh_syntax.diagnostics import Diagnostic, Label, Severity, Span, error, warning
from mesh_syntax.render import render, to_json
from mesh_syntax.suggest import edit_distance, suggest

SNAP = TESTS / "render"

SPEC_SOURCE = 'fn main() do\n  let x = 1\n  let limit :: Int = "ten"\nend\n'


def _at(text: str, needle: str, source: str = SPEC_SOURCE) -> Span:
    """Byte span of the first ``needle`` in ``source``."""
    i = len(source[:source.index(needle)].encode())
    return Span(i, i + len(needle.encode()))


def spec_example() -> Diagnostic:
    return Diagnostic(
        "E0001", "expected `Int`, got `String`", "app/main.mpl",
        Label(_at(SPEC_SOURCE, '"ten"'), "this has type `String`"),
        [Label(_at(SPEC_SOURCE, "Int"), "expected `Int` because of this annotation")],
        help=["convert the text with `String.to_int`, which returns `Int?`"])


def test_spec_example_layout_exactly() -> None:
    expected = (
        "error[E0001]: expected `Int`, got `String`\n"
        "  --> app/main.mpl:3:22\n"
        "   |\n"
        ' 3 |   let limit :: Int = "ten"\n'
        "   |                ---   ^^^^^ this has type `String`\n"
        "   |                |\n"
        "   |                expected `Int` because of this annotation\n"
        "   |\n"
        "   = help: convert the text with `String.to_int`, which returns `Int?`\n")
    assert render([spec_example()], {"app/main.mpl": SPEC_SOURCE}) == expected


def _case_sources() -> dict[str, tuple[list[Diagnostic], dict[str, str]]]:
    multi = "fn f() do\n  let s = \"a\n  b\n  c\n  d\"\nend\n"
    wide = "\n".join(f"let v{i} = {i}" for i in range(1, 13)) + "\n"
    other = "pub fn helper() = 1\n"
    tab = "fn f() do\n\tlet é = ?\nend\n"
    cases = {
        "multiline_span": ([error("E0001", "expected `Int`, got `String`", "m.mpl",
                                  Span(multi.index('"a'), multi.index('d"') + 2),
                                  "this string")], {"m.mpl": multi}),
        "two_digit_lines_and_gap": ([Diagnostic(
            "E0045", "duplicate definition of `v`", "w.mpl",
            Label(_at(wide, "v12", wide), "second definition"),
            [Label(_at(wide, "v1", wide), "first definition")],
            notes=["names must be unique"])], {"w.mpl": wide}),
        "warning_and_error": ([
            warning("W0003", "unused variable `x`", "w.mpl", _at(wide, "v3", wide),
                    "never used", help=["prefix it with `_`"]),
            error("C0001", "linker failed", None, None)], {"w.mpl": wide}),
        "other_file_label": ([Diagnostic(
            "E0035", "`helper` is private", "main.mpl", Label(Span(0, 3), "used here"),
            [Label(Span(0, 3), "defined here", file="lib.mpl")],
            help=["add `pub`"])], {"main.mpl": "fn main() = helper()\n", "lib.mpl": other}),
        "tabs_and_unicode": ([error("P0001", "Parse error: expected expression", "t.mpl",
                                    _at(tab, "?", tab))], {"t.mpl": tab}),
        "parse_errors": (parse("fn main() do\n  if x > 1\n    foo(1,\n", "p.mpl").diagnostics,
                         {"p.mpl": "fn main() do\n  if x > 1\n    foo(1,\n"}),
    }
    return cases


CASES = _case_sources()


@pytest.mark.parametrize("name", sorted(CASES))
def test_render_snapshots(name: str) -> None:
    diagnostics, sources = CASES[name]
    text = render(diagnostics, sources)
    check_snapshot(SNAP / f"{name}.txt", text)


def test_color_only_when_asked() -> None:
    plain = render([spec_example()], {"app/main.mpl": SPEC_SOURCE}, color=False)
    colored = render([spec_example()], {"app/main.mpl": SPEC_SOURCE}, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in colored
    import re
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == plain


def test_json_line() -> None:
    line = to_json(spec_example(), SPEC_SOURCE)
    assert "\n" not in line
    data = json.loads(line)
    assert list(data) == ["code", "severity", "message", "file", "spans", "fix"]
    assert data["severity"] == "error" and data["fix"] is None
    assert data["spans"][0] == {"start": SPEC_SOURCE.index('"ten"'),
                                "end": SPEC_SOURCE.index('"ten"') + 5,
                                "label": "this has type `String`"}


def test_json_widens_empty_spans() -> None:
    d = error("P0001", "Parse error: x", "a.mpl", Span(3, 3))
    assert json.loads(to_json(d, "abcdef"))["spans"][0]["end"] == 4
    d = error("P0001", "Parse error: x", "a.mpl", Span(6, 6))
    span = json.loads(to_json(d, "abcdef"))["spans"][0]
    assert span["end"] > span["start"]
    w = warning("W0003", "unused", "a.mpl", Span(0, 1))
    assert json.loads(to_json(w, "abc"))["severity"] == "warning"
    assert Severity.WARNING.value == "warning"


def test_suggest() -> None:
    names = ["length", "lenght_of", "map", "filter", "Length"]
    assert suggest("lenght", names) == "length"
    assert suggest("lenght", ["length", "lengths"]) == "length"
    assert suggest("fitler", names) == "filter"
    assert suggest("zzz", names) is None
    assert suggest("mpa", ["map"]) == "map"
    assert suggest("mian", ["main", "min"]) == "main"
    assert suggest("LENGTH", ["length"]) == "length"
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("ab", "ba") == 1
