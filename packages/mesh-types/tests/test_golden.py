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


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    text = path.read_text()
    shown = path.name
    result = check([SourceFile(shown, text, "Main")])
    rendered = render(result.diagnostics, {shown: text}, color=False)
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
