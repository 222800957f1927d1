"""HIR shapes of the full sequential language (the contract at the end of hir.py)."""

from helpers import check_text
from mesh_types import SourceFile, check, hir
from mesh_types.types import INT, STRING, TCon, TFun, TParam
from test_hir import walk


def prog(text: str) -> hir.Program:
    result = check_text(text)
    assert result.program is not None, [f"{d.code} {d.message}" for d in result.diagnostics]
    return result.program


def nodes(program: hir.Program, cls):
    out = []
    for m in program.modules:
        for f in m.functions:
            out += [n for n in walk(f.body) if isinstance(n, cls)]
        for c in m.consts:
            out += [n for n in walk(c.value) if isinstance(n, cls)]
    return out


def test_closures_capture_outer_bindings_in_order_of_use():
    p = prog("fn main() do\n  let a = 1\n  let b = 2\n  let f = fn x -> x + b + a end\n"
             "  println(\"${f(1)}\")\nend\n")
    (lam,) = nodes(p, hir.Lambda)
    assert [b.name for b in lam.captures] == ["b", "a"]
    assert lam.ty == TFun((INT,), INT)


def test_nested_closure_captures_through_the_outer_one():
    p = prog("fn main() do\n  let a = 1\n  let f = fn x -> fn y -> x + y + a end end\n"
             "  println(\"${f(1)(2)}\")\nend\n")
    outer, inner = sorted(nodes(p, hir.Lambda), key=lambda lam: lam.span.start)
    assert [b.name for b in outer.captures] == ["a"]
    assert [b.name for b in inner.captures] == ["x", "a"]


def test_polymorphic_local_closure_is_copied_per_instantiation():
    p = prog("fn main() do\n  let pair = fn x -> (x, x) end\n  let a = pair(3)\n"
             "  let b = pair(\"s\")\n  println(\"${a} ${b}\")\nend\n")
    types = sorted(repr(lam.ty) for lam in nodes(p, hir.Lambda))
    assert types == ["Fun(Int) -> (Int, Int)", "Fun(String) -> (String, String)"]
    assert not any(isinstance(t, TParam) for lam in nodes(p, hir.Lambda)
                   for t in lam.ty.params)


def test_expected_parameter_types_flow_into_closures():
    p = prog("struct R do\n  t :: Float\nend\nfn main() do\n  let rs = [R { t: 1.0 }]\n"
             "  let hot = List.filter(rs, fn r -> r.t > 0.5 end)\n  println(\"${hot}\")\nend\n")
    (field,) = nodes(p, hir.Field)
    assert field.name == "t" and field.obj.ty == TCon("R")


def test_keyword_arguments_become_one_trailing_map():
    p = prog("fn f(o :: Map<String, Int>) -> Int = Map.size(o)\n"
             "fn main() do\n  println(\"${f(a: 1, b: 2)}\")\nend\n")
    (m,) = nodes(p, hir.MapLit)
    assert [k.value for k, _ in m.entries] == ["a", "b"]
    assert m.ty == TCon("Map", (STRING, INT))


def test_index_range_and_for_desugar():
    p = prog("fn main() do\n  let xs = [1, 2]\n  let m = %{\"a\" => 1}\n"
             "  let ys = for i in 0..2 when i > 0 do xs[i] + m[\"a\"] end\n"
             "  println(\"${ys}\")\nend\n")
    names = {b.name for b in nodes(p, hir.BuiltinRef)}
    assert {"Range.new", "List.get", "Map.get"} <= names
    (loop,) = nodes(p, hir.For)
    assert loop.ty == TCon("List", (INT,)) and loop.filter is not None


def test_constants_are_global_refs_in_initialisation_order():
    p = prog("let a = 2\nlet b = a * 3\nfn main() do\n  println(\"${b}\")\nend\n")
    main = p.modules[-1]
    assert [c.symbol for c in main.consts] == ["a", "b"]
    assert sorted(g.symbol for g in nodes(p, hir.GlobalRef)) == ["a", "b"]


def test_constructors_and_patterns():
    p = prog("type T do\n  L\n  N(Int, T)\nend\nfn len(t) do\n  case t do\n    L -> 0\n"
             "    N(_, r) -> 1 + len(r)\n  end\nend\nfn main() do\n"
             "  let ts = List.map([1], fn n -> N(n, L) end)\n  println(\"${len(N(1, L))}\")\n"
             "end\n")
    ctors = nodes(p, hir.Ctor)
    assert {(c.variant, c.tag) for c in ctors} == {("N", 1), ("L", 0)}
    sums = p.modules[-1].sums
    assert [(v.name, v.tag) for v in sums[0].variants] == [("L", 0), ("N", 1)]


def test_constructor_as_value_is_a_lambda_around_a_ctor():
    p = prog("fn main() do\n  let xs = List.map([1], Some)\n  println(\"${xs}\")\nend\n")
    lams = nodes(p, hir.Lambda)
    assert len(lams) == 1 and isinstance(lams[0].body, hir.Ctor)


def test_user_operators_become_method_refs_and_try_converts():
    p = prog("struct M do\n  c :: Int\nend\nimpl Add for M do\n  type Output = M\n"
             "  fn add(self, o :: M) -> M = M { c: self.c + o.c }\nend\n"
             "struct E do\n  m :: String\nend\nimpl From<String> for E do\n"
             "  fn from(m :: String) -> E = E { m: m }\nend\n"
             "fn g(s :: String) -> Int!String = Err(s)\n"
             "fn h() -> Int!E do\n  Ok(g(\"x\")?)\nend\n"
             "fn main() do\n  let t = M { c: 1 } + M { c: 2 }\n  println(\"${t.c}\")\nend\n")
    refs = {(r.interface, r.method) for r in nodes(p, hir.MethodRef)}
    assert ("Add", "add") in refs and ("From", "from") in refs
    (impl_add, impl_from) = p.modules[-1].impls
    assert impl_add.methods == {"add": "Add.M.add"} and impl_add.assoc_types == {"Output": TCon("M")}
    assert impl_from.interface_args == [STRING]


def test_default_methods_become_one_fndef_per_impl():
    p = prog("struct V do\n  n :: Int\nend deriving(Eq)\nimpl Ord for V do\n"
             "  fn lt(self, o :: V) -> Bool = self.n < o.n\nend\n"
             "fn main() do\n  println(\"${V { n: 1 } < V { n: 2 }}\")\nend\n")
    (impl,) = p.modules[-1].impls
    assert set(impl.methods) == {"lt", "compare"}
    assert set(impl.methods.values()) <= set(p.functions())


def test_types_and_constructors_cross_modules():
    geo = SourceFile("geo.mpl", "pub struct Pt do\n  x :: Int\nend\npub type Sh do\n"
                     "  Dot\n  Sq(Int)\nend\n", "Geo")
    main = SourceFile("main.mpl", "from Geo import Pt, Sh\nimport Geo\nfn main() do\n"
                      "  let p = Pt { x: 1 }\n  let s = Geo.Sh.Sq(2)\n"
                      "  let n = case s do\n    Sq(k) -> k\n    Dot -> 0\n  end\n"
                      "  println(\"${p.x + n}\")\nend\n", "Main")
    result = check([geo, main])
    assert result.ok, [d.message for d in result.diagnostics]
    assert result.program.modules[0].structs[0].symbol == "Geo.Pt"
