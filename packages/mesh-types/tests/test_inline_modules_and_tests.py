"""Inline modules (spec 02 §1.3, visibility §1.1), `test` items of
`*.test.mpl` files with their helpers (spec 15 §7), interface methods as
values, `json { }` literals, W0002/W0003."""

from helpers import check_text, codes
from mesh_types import SourceFile, check, hir
from mesh_types.types import STRING
from test_hir import walk


def test_inline_module_members_are_qualified_and_see_the_file():
    result = check_text(
        "module Units do\n  pub fn km(m :: Float) -> Float = m / 1000.0 + bias()\n"
        "  fn hidden() -> Int = 1\n  module Deep do\n    pub fn two() -> Int = Units.hidden() + 1\n"
        "  end\nend\nfn bias() -> Float = 0.0\n"
        "fn main() do\n"
        "  println(\"${Units.km(1.0)} ${Units.hidden()} ${Units.Deep.two()}\")\nend\n")
    assert result.program is not None, [d.message for d in result.diagnostics]
    symbols = {f.symbol for f in result.program.modules[-1].functions}
    assert {"Units.km", "Units.hidden", "Units.Deep.two", "bias", "main"} <= symbols


def test_inline_module_types_and_mutual_references():
    assert codes("module Shapes do\n  pub struct Sq do\n    side :: Int\n  end\n"
                 "  pub fn area(s :: Sq) -> Int = s.side * Geo.unit()\nend\n"
                 "module Geo do\n  pub fn unit() -> Int = 1\n"
                 "  pub fn make() -> Shapes.Sq = Shapes.Sq { side: 2 }\nend\n"
                 "fn main() do\n  println(\"${Shapes.area(Geo.make())}\")\nend\n") == []


def test_inline_module_members_of_another_file_need_pub():
    files = [SourceFile("main.mpl", "import Lib\nfn main() do\n  println(\"${Lib.Inner.f()}"
                        " ${Lib.Inner.g()}\")\nend\n", "Main"),
             SourceFile("lib.mpl", "pub module Inner do\n  pub fn f() -> Int = 1\n"
                        "  fn g() -> Int = 2\nend\n", "Lib")]
    result = check(files)
    assert [d.code for d in result.diagnostics] == ["E0035"]


def test_inline_module_must_be_pub_to_leave_its_file():
    files = [SourceFile("main.mpl", "import Lib\nfn main() do\n  println(\"${Lib.Hidden.h()}\")\n"
                        "end\n", "Main"),
             SourceFile("lib.mpl", "module Hidden do\n  pub fn h() -> Int = 2\nend\n", "Lib")]
    result = check(files)
    assert [d.code for d in result.diagnostics] == ["E0035"]
    assert "pub module Hidden" in result.diagnostics[0].help[0]


def test_unknown_inline_member():
    assert codes("module A do\n  fn f() -> Int = 1\nend\n"
                 "fn main() do\n  println(\"${A.nope()}\")\nend\n") == ["E0004"]


def test_test_items_are_checked_with_their_helpers():
    files = [SourceFile("math.test.mpl",
                        "from Calc import add\ntest \"adds\" do\n  assert(add(1, 2) == 3)\n"
                        "  assert_eq(add(2, 2), 4)\nend\n", "MathTest"),
             SourceFile("calc.mpl", "pub fn add(a :: Int, b :: Int) -> Int = a + b\n", "Calc")]
    result = check(files)
    assert result.ok, [d.message for d in result.diagnostics]
    (test,) = [t for m in result.program.modules for t in m.tests]
    assert test.label == "adds"
    names = [n.name for n in walk(test.body) if isinstance(n, hir.BuiltinRef)]
    assert sorted(names) == ["assert", "assert_eq"]


def test_assert_eq_needs_equal_types_and_helpers_exist_only_in_test_files():
    bad = check([SourceFile("t.test.mpl", "test \"x\" do\n  assert_eq(1, \"a\")\nend\n", "T")])
    assert [d.code for d in bad.diagnostics] == ["E0001"]
    assert codes("fn main() do\n  assert(true)\nend\n") == ["E0004"]


def test_interface_method_as_a_value_is_a_closure():
    result = check_text("fn main() do\n  let xs = List.map([1, 2], Display.to_string)\n"
                        "  println(String.join(xs, \",\"))\nend\n")
    assert result.program is not None
    lams = [n for n in walk(result.program.modules[-1].functions[0].body)
            if isinstance(n, hir.Lambda)]
    assert len(lams) == 1 and isinstance(lams[0].body.callee, hir.MethodRef)


def test_json_literal_is_a_string_built_from_encoded_values():
    result = check_text("fn main() do\n  let s = json { a: 1, b: [\"x\"], c: json { d: true } }\n"
                        "  println(s)\nend\n")
    assert result.program is not None
    outer, inner = sorted((n for n in walk(result.program.modules[-1].functions[0].body)
                           if isinstance(n, hir.Interp)), key=lambda n: -len(n.span))
    assert outer.ty == inner.ty == STRING and inner in outer.parts   # nested: embedded as is
    literal = "".join(p.value for p in outer.parts if isinstance(p, hir.StrLit))
    assert literal == '{"a":,"b":,"c":}'
    assert codes("fn main() do\n  println(json { f: (1, 2) })\nend\n") == ["E0006"]


def test_unused_bindings_warn_and_underscore_silences():
    assert codes("fn main() do\n  let x = 1\nend\n") == ["W0003"]
    assert codes("fn main() do\n  let _x = 1\nend\n") == []
    assert codes("fn f(p :: (Int, Int)) -> Int do\n  case p do\n    (a, b) -> a\n  end\nend\n"
                 "fn main() do\n  println(\"${f((1, 2))}\")\nend\n") == ["W0003"]
    # parameters are not `let`/pattern bindings
    assert codes("fn f(a :: Int) -> Int = 1\nfn main() do\n  println(\"${f(1)}\")\nend\n") == []


def test_or_pattern_bindings_count_as_one():
    assert codes("fn f(p :: (Int, Int)) -> Int do\n  case p do\n    (0, n) | (n, 0) -> n\n"
                 "    _ -> 0\n  end\nend\nfn main() do\n  println(\"${f((1, 0))}\")\nend\n") == []


def test_later_clause_decorations_warn():
    assert codes("fn f(0) = 1\nfn f(n) -> Int = n\nfn main() do\n"
                 "  println(\"${f(2)}\")\nend\n") == ["W0002"]
