"""The public API: result shape, ordering, type_at, never raising."""

from pathlib import Path

import mesh_types.infer.program as program_module
from mesh_types import SourceFile, check
from mesh_types.types import INT, STRING


def test_parse_errors_come_first_and_stop_checking():
    good = SourceFile("a.mpl", "fn main() do\n  let x :: Int = \"s\"\nend\n", "Main")
    bad = SourceFile("b.mpl", "fn f( do\nend\n", "B")
    result = check([good, bad])
    assert result.program is None
    assert {d.code for d in result.diagnostics} == {"P0001"}


def test_diagnostics_sorted_by_module_then_position():
    main = SourceFile("main.mpl", "import Lib\nfn main() do\n  println(1)\n  println(2)\nend\n",
                      "Main")
    lib = SourceFile("lib.mpl", "pub fn f() -> Int = \"x\"\n", "Lib")
    result = check([main, lib])
    files = [(d.file, d.primary.span.start) for d in result.diagnostics]
    assert files[0][0] == "lib.mpl"
    assert [f for f, _ in files[1:]] == ["main.mpl", "main.mpl"]
    assert files[1][1] < files[2][1]


def test_warnings_do_not_block_the_program():
    text = "fn main() do\n  let _x = case 1 do\n    _ -> 1\n    2 -> 2\n  end\nend\n"
    result = check([SourceFile("m.mpl", text, "Main")])
    assert [d.code for d in result.diagnostics] == ["W0001"]
    assert result.program is not None and result.ok


def test_type_at_gives_innermost_expression_type():
    text = "fn main() do\n  let n = \"abc\".length()\n  println(\"${n}\")\nend\n"
    result = check([SourceFile("m.mpl", text, "Main")])
    assert result.type_at("m.mpl", text.index('"abc"') + 1) == STRING
    assert result.type_at("m.mpl", text.index("${n}") + 2) == INT
    assert result.type_at("m.mpl", 0) is None


def test_internal_failure_is_a_c0001_diagnostic(monkeypatch):
    def boom(self):
        raise RuntimeError("boom")
    monkeypatch.setattr(program_module.ProgramChecker, "run", boom)
    result = check([SourceFile("m.mpl", "fn main() do\nend\n", "Main")])
    assert result.program is None
    [d] = result.diagnostics
    assert d.code == "C0001" and "internal compiler error" in d.message


def test_multi_module_program(tmp_path: Path):
    (tmp_path / "main.mpl").write_text(
        "import Billing.Ledger\nfrom Util import double\n"
        "fn main() do\n  println(\"${Ledger.total(2)} ${double(3)}\")\nend\n")
    (tmp_path / "billing").mkdir()
    (tmp_path / "billing" / "ledger.mpl").write_text(
        "from Util import double\npub fn total(n :: Int) -> Int = double(n) + 1\n")
    (tmp_path / "util.mpl").write_text("pub fn double(x) = x * 2\nfn hidden() = 1\n")
    from mesh_types.project import discover
    result = check(discover(tmp_path))
    assert result.ok, [d.message for d in result.diagnostics]
    assert [m.name for m in result.program.modules] == ["Util", "Billing.Ledger", "Main"]
    assert set(result.program.functions()) == {"Util.double", "Util.hidden",
                                               "Billing.Ledger.total", "main"}


def module_codes(files: dict[str, str]) -> list[str]:
    sources = [SourceFile(f"{name.lower()}.mpl", text, name) for name, text in files.items()]
    return [d.code for d in check(sources).diagnostics]


def test_import_errors():
    assert module_codes({"Main": "import Nope\nfn main() do\nend\n"}) == ["E0031"]
    assert module_codes({"Main": "from Lib import g\nfn main() do\nend\n",
                         "Lib": "pub fn f() = 1\n"}) == ["E0034"]
    assert module_codes({"Main": "from Lib import f\nfn main() do\nend\n",
                         "Lib": "fn f() = 1\n"}) == ["E0035"]
    assert module_codes({"Main": "fn main() do\n  Lib.f()\nend\n",
                         "Lib": "fn f() = 1\n"}) == ["E0035"]
    assert module_codes({"Main": "import A\nfn main() do\nend\n",
                         "A": "import B\n", "B": "import A\n"}) == ["C0001"]
