"""Snapshot tests of every diagnostic: `golden/NNNN_name.mpl` is checked and
its rendered diagnostics compared with `golden/NNNN_name.expected`.

Set UPDATE_GOLDEN=1 to rewrite the expectations (then review the diff).
Each `.mpl` names the codes it is about in its first comment line, and the
test also asserts those codes appear, so a snapshot cannot silently drift
into a different error.
"""

import os
import re
from pathlib import Path

import pytest
from mesh_syntax.render import render
from mesh_types import SourceFile, check

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.mpl"))


def sources_of(path: Path) -> list[SourceFile]:
    """The entry file, then any further module introduced by a line
    `#>> FILE MODULE` (multi-module cases: imports, privacy)."""
    files = [SourceFile(path.name, "", "Main")]
    for line in path.read_text().splitlines(keepends=True):
        if line.startswith("#>> "):
            name, module = line.split()[1:3]
            files.append(SourceFile(name, "", module))
        else:
            last = files[-1]
            files[-1] = SourceFile(last.path, last.text + line, last.module)
    return files


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    text = path.read_text()
    sources = sources_of(path)
    result = check(sources)
    rendered = render(result.diagnostics, {s.path: s.text for s in sources}, color=False)
    expected_file = path.with_suffix(".expected")
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(rendered)
    assert rendered == expected_file.read_text()
    first = text.splitlines()[0]
    wanted = re.findall(r"[EWPC]\d{4}", first)
    codes = {d.code for d in result.diagnostics}
    if first.split()[:2] == ["#", "ok"]:
        assert not codes, f"{path.name} is meant to check cleanly"
    else:
        assert wanted, f"{path.name}: first line must name the expected codes"
        assert set(wanted) <= codes, f"missing {set(wanted) - codes}"
    assert not any(d.code == "C0001" and "internal" in d.message for d in result.diagnostics)
    if any(d.is_error for d in result.diagnostics):
        assert result.program is None
    else:
        assert result.program is not None


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_every_code_of_chapter_06_has_a_case() -> None:
    """Core and concurrency errors and the warnings of spec 06 (E0038 is
    owned by chapter 11; E0039, the ORM's, by chapter 13, not checked here)."""
    # the spec lives in `shared/spec` beside the repository checkout
    default = Path(__file__).resolve().parents[3].parent / "shared" / "spec"
    spec = Path(os.environ.get("MESH_SPEC_DIR", default)) / "06-diagnostics.md"
    if not spec.is_file():
        pytest.skip(f"the specification is not beside the checkout ({spec})")
    listed = set(re.findall(r"^\| ([EW]\d{4}) \|", spec.read_text(), re.M))
    covered = set()
    for case in CASES:
        covered |= set(re.findall(r"[EWPC]\d{4}", case.read_text().splitlines()[0]))
    assert len(listed) >= 60
    assert listed - covered == set()
