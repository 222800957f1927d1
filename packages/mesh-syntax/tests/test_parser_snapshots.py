"""Parser file-pair tests: `parser/{ok,err}/NNNN_name.mpl` next to `.tree` dumps.

Run with UPDATE_SNAPSHOTS=1 to regenerate the `.tree` files after reviewing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TESTS, check_snapshot
from mesh_syntax import parse
from mesh_syntax.render import render

OK = sorted((TESTS / "parser" / "ok").glob("*.mpl"))
ERR = sorted((TESTS / "parser" / "err").glob("*.mpl"))


def _dump(path: Path) -> tuple[str, list]:
    source = path.read_bytes().decode("utf-8", "surrogateescape")
    result = parse(source, file=path.name)
    assert result.root.text() == source
    out = result.root.debug_dump()
    if result.diagnostics:
        out += "\n" + render(result.diagnostics, {path.name: source})
    return out, result.diagnostics


@pytest.mark.parametrize("path", OK, ids=lambda p: p.stem)
def test_ok(path: Path) -> None:
    dump, diagnostics = _dump(path)
    assert not diagnostics, render(diagnostics, {path.name: path.read_text()})
    check_snapshot(path.with_suffix(".tree"), dump)


@pytest.mark.parametrize("path", ERR, ids=lambda p: p.stem)
def test_err(path: Path) -> None:
    dump, diagnostics = _dump(path)
    assert diagnostics, "an err/ case must produce at least one diagnostic"
    assert all(d.code == "P0001" and d.message.startswith("Parse error: ")
               for d in diagnostics)
    check_snapshot(path.with_suffix(".tree"), dump)


# err/ cases from 0029 on each hold a single root cause (a missing `end`, `do`,
# `->` or closing delimiter): exactly one diagnostic, naming it (spec 02 §12).
SINGLE_CAUSE = [p for p in ERR if int(p.stem[:4]) >= 29]


@pytest.mark.parametrize("path", SINGLE_CAUSE, ids=lambda p: p.stem)
def test_single_root_cause(path: Path) -> None:
    _, diagnostics = _dump(path)
    assert len(diagnostics) == 1, [d.message for d in diagnostics]
