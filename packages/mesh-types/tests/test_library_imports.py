"""`from String import length, trim` brings library members into scope as bare
names (spec 11 §1, spec 03 §1 step 3)."""

from helpers import check_text, codes
from mesh_types import hir
from test_hir import walk


def builtin_names(text: str) -> list[str]:
    result = check_text(text)
    assert result.program is not None, [f"{d.code} {d.message}" for d in result.diagnostics]
    main = next(f for m in result.program.modules for f in m.functions if f.symbol == "main")
    return [n.name for n in walk(main.body) if isinstance(n, hir.BuiltinRef)]


def test_imported_library_members_are_called_by_bare_name():
    names = builtin_names('from String import length, trim\n\n'
                          'fn main() do\n  println("${length(trim(" ab "))}")\nend\n')
    assert "String.length" in names and "String.trim" in names


def test_imported_library_member_as_a_value():
    names = builtin_names('from String import upper\n\n'
                          'fn main() do\n  println("${List.map(["a"], upper)}")\nend\n')
    assert "String.to_upper" in names  # the alias maps to its canonical name


def test_local_binding_and_own_function_come_first():
    names = builtin_names('from String import length\n\n'
                          'fn main() do\n  let length = fn s -> 0 end\n'
                          '  println("${length("abc")}")\nend\n')
    assert "String.length" not in names


def test_importing_a_member_the_module_lacks_is_e0034():
    assert codes('from String import nope\n\nfn main() do\n  println("x")\nend\n') == ["E0034"]


def test_no_cascade_at_the_use_of_a_failed_library_import():
    assert codes('from String import nope\n\n'
                 'fn main() do\n  println(nope("x"))\nend\n') == ["E0034"]


def test_library_import_clashing_with_a_definition_is_e0052():
    text = ('from String import length\n\nfn length(s :: String) -> Int = 0\n\n'
            'fn main() do\n  println("x")\nend\n')
    assert codes(text) == ["E0052"]


def test_import_of_library_module_without_a_table_stays_accepted():
    assert codes('from Http import serve\n\nfn main() do\n  println("x")\nend\n') == []
