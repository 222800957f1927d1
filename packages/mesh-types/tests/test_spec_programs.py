"""Every `mesh` code block of the spec chapters 02-05, 10 and 11 is either a
valid program that checks without errors, or listed below as a fragment
or as intentionally invalid (then it must produce the error it shows).

Blocks are extracted from `../shared/spec/*.md` beside the checkout (set MESH_SPEC_DIR to
read them elsewhere) and named `<chapter>#<n>`, the n-th `mesh` block of
the chapter file, counting from 0.  A block with `fn main` is checked as
it is; a block of items without `main` (a module, an actor, a struct with
its impls) is checked with an empty `fn main` appended.
"""

import os
import re
from pathlib import Path

import pytest
from mesh_types import SourceFile, check

# The spec lives in `shared/spec` beside the repository checkout.
REPO = Path(__file__).resolve().parents[3]
SPEC = Path(os.environ.get("MESH_SPEC_DIR", REPO.parent / "shared" / "spec"))
CHAPTERS = ("02", "03", "04", "05", "10", "11")

# Blocks that are not whole programs: statements or expressions outside any
# function, or uses of names defined in other blocks or in no block.
FRAGMENTS = {
    "02#0": "imports modules (Billing.Ledger, Geometry.Shapes) no block defines",
    "02#2": "a function over an `order` whose type no block declares (E0048 alone)",
    "02#4": "top-level `let`s using undefined names (`raw`, ...)",
    "02#5": "top-level `let`s over an undefined `raw`",
    "02#6": "top-level `let`s over `Geo.Point` of a module no block defines",
    "02#8": "a bare `case` expression at the top level",
    "02#9": "top-level `let`s over undefined `bounds`/`readings`",
    "02#11": "a top-level `let` over an undefined `score`",
    "02#12": "a bare `match` expression at the top level",
    "02#13": "a `for` statement at the top level",
    "02#14": "a top-level `let` over undefined `lines`",
    "02#19": "a function matching `Shape`/`Dot`/`Rect` declared in no block",
    "02#21": "part of a `*.test.mpl` file importing a `Units` module",
    "03#8": "an impl of `Gauge`, the interface of the previous block",
}

# Blocks the spec shows as errors: the code each must produce.
INVALID = {
    "04#0": "P0001",   # `[only]` is not a pattern
    "04#2": "E0012",   # the guarded arm does not cover `Wait(_)`
}


def spec_blocks() -> list[tuple[str, str]]:
    out = []
    for chapter in CHAPTERS:
        files = sorted(SPEC.glob(f"{chapter}-*.md"))
        if not files:
            continue
        text = files[0].read_text()
        for n, m in enumerate(re.finditer(r"```mesh\n(.*?)```", text, re.S)):
            out.append((f"{chapter}#{n}", m.group(1)))
    return out


BLOCKS = spec_blocks()


def test_the_spec_is_readable():
    if not SPEC.is_dir():
        pytest.skip(f"spec directory {SPEC} not present")
    assert len(BLOCKS) >= 50
    names = {name for name, _ in BLOCKS}
    # the lists above name real blocks (they drift if the spec is edited)
    assert set(FRAGMENTS) <= names and set(INVALID) <= names


@pytest.mark.parametrize("name,text", BLOCKS, ids=[b[0] for b in BLOCKS])
def test_spec_block(name: str, text: str) -> None:
    if name in FRAGMENTS:
        pytest.skip(FRAGMENTS[name])
    if "fn main" not in text:
        text += "\nfn main() do\nend\n"
    result = check([SourceFile("block.mpl", text, "Main")])
    codes = [d.code for d in result.diagnostics if d.is_error]
    if name in INVALID:
        assert INVALID[name] in codes
        return
    assert codes == [], [f"{d.code} {d.message}" for d in result.diagnostics]
    assert result.program is not None
