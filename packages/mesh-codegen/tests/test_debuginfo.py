"""``debug=True``: DWARF line tables that map machine code back to Mesh source lines."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import llvmlite.binding as llvm
from hir_build import HirBuilder
from mesh_types.types import INT, UNIT

from mesh_codegen import build_executable, emit_ir

SOURCE = "fn main() do\n  println(\"hi\")\n  println(\"${1 / x}\")\nend\n"


def program():
    h = HirBuilder(SOURCE)
    x = h.binding("x", INT)
    with h.at_line(2):
        first = h.println(h.str("hi"))
    with h.at_line(3):
        second = h.show(h.binary("/", h.int(1), h.ref(x)))
    return h.program([h.fn("main", [], UNIT, h.block(h.let(x, h.int(1)), first, second))])


def test_debug_ir_has_compile_unit_subprogram_and_locations():
    text = emit_ir(program(), debug=True)
    llvm.parse_assembly(text).verify()
    assert "!llvm.dbg.cu" in text and '!"Debug Info Version", i32 3' in text
    assert re.search(r'DISubprogram\(name: "main", scope', text)
    assert re.search(r"DILocation\(line: 3, column: 1", text)
    assert 'DIFile(filename: "main.mpl"' in text


def test_no_debug_metadata_by_default():
    assert "!dbg" not in emit_ir(program())


def test_line_table_in_executable(runtime_ready, tmp_path):
    exe = tmp_path / "dbg"
    build_executable(program(), exe, debug=True)
    table = subprocess.run(["readelf", "--debug-dump=decodedline", str(exe)],
                           capture_output=True, text=True, check=True).stdout
    lines = {int(m) for m in re.findall(r"^main\.mpl\s+(\d+)\s+0x", table, re.M)}
    assert {2, 3} <= lines


def test_debug_info_survives_optimisation():
    text = emit_ir(program(), opt_level=2, debug=True)
    llvm.parse_assembly(text).verify()
    assert "DISubprogram" in text and "!dbg" in text


def test_debug_info_with_closures_records_and_decision_trees():
    """Lambda bodies, generated value operations and adapters verify with line tables on."""
    from test_control import classify_program
    from test_helpers import helpers_program

    for program in (classify_program(), helpers_program("result")):
        for level in (0, 2):
            text = emit_ir(program, opt_level=level, debug=True)
            assert "!DISubprogram" in text


GDB_SOURCE = """\
fn helper(n :: Int) -> Int do
  let doubled = n * 2
  println("helper ${doubled}")
  doubled + 1
end

fn main() do
  let a = helper(3)
  println("a = ${a}")
end
"""


@pytest.mark.skipif(shutil.which("gdb") is None, reason="gdb is not installed")
@pytest.mark.parametrize("opt_level", [0, 2])
def test_gdb_breaks_on_a_mesh_line_and_shows_mesh_frames(runtime_ready, tmp_path, opt_level):
    from mesh_types import SourceFile, check

    result = check([SourceFile("main.mpl", GDB_SOURCE, "Main")])
    assert result.ok
    exe = tmp_path / "app"
    build_executable(result.program, exe, opt_level=opt_level, debug=True)
    done = subprocess.run(["gdb", "-batch", "-nx", "-ex", "break main.mpl:3", "-ex", "run", "-ex", "bt",
                           "-ex", "info locals", "-ex", "continue", str(exe)],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    out = done.stdout
    assert re.search(r"Breakpoint 1 at 0x[0-9a-f]+: file main\.mpl, line 3\.", out), out
    frames = re.findall(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\S+) \(.*?\) at main\.mpl:(\d+)$", out, re.M)
    assert frames[:2] == [("helper", "3"), ("main", "8")], out
    assert "helper 6" in out and "a = 7" in out
    if opt_level == 0:      # variables live in their stack slots only without optimisation
        assert re.search(r"^doubled = 6$", out, re.M), out
        assert re.search(r"helper \(n=3\) at main\.mpl:3", out), out
