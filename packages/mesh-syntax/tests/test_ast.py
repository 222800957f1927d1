"""Typed AST accessors, including on recovered (invalid) trees."""

from __future__ import annotations

from mesh_syntax import ast, parse
from mesh_syntax.syntax_kind import SyntaxKind as K


def items(src: str, **kw) -> list:
    result = parse(src, **kw)
    assert not result.diagnostics, result.diagnostics
    return result.source_file().items()


def test_fn_def_accessors() -> None:
    (f,) = items("## Doc line.\npub fn pick<T>(xs :: List<T>, n) -> T? where T: Eq, T: Ord "
                 "when n > 0 = List.get(xs, n)\n")
    assert isinstance(f, ast.FnDef)
    assert (f.name(), f.is_pub(), f.keyword(), f.doc()) == ("pick", True, "fn", "Doc line.")
    assert f.generic_params() == ["T"]
    assert [p.name() for p in f.params()] == ["xs", "n"]
    assert f.params()[0].type_ann().path() == ["List"]
    assert isinstance(f.ret_type(), ast.OptionType)
    assert [(b.param(), b.interface_path()) for b in f.where_bounds()] == [("T", ["Eq"]),
                                                                          ("T", ["Ord"])]
    assert f.guard().op() == ">"
    assert isinstance(f.body(), ast.MethodCallExpr) and f.has_expr_body()
    assert f.body().receiver_path() == ["List"]


def test_fn_without_params_and_def() -> None:
    f, g = items("fn main do\n  1\nend\ndef g() = 2\n")
    assert not f.has_param_list() and f.params() == []
    assert isinstance(f.body(), ast.Block) and f.body().tail_expr().value() == 1
    assert g.keyword() == "def"


def test_literals() -> None:
    (f,) = items('fn f() do\n  0xff\n  1_000\n  2.5e1\n  :ok\n  true\n  nil\n  ()\n'
                 '  "a\\n\\u{41}${x}\\$"\n  """q"""\nend\n')
    s = f.body().stmts()
    assert s[0].value() == 255 and s[1].value() == 1000 and s[2].value() == 25.0
    assert s[3].name() == "ok" and s[4].value() is True
    assert isinstance(s[5], ast.NilLit) and isinstance(s[6], ast.UnitExpr)
    parts = s[7].parts()
    assert parts[0] == "a\nA" and isinstance(parts[1], ast.NameRef) and parts[2] == "$"
    assert s[7].value() is None and s[8].value() == "q" and s[8].is_triple()


def test_big_int_literal_is_left_to_the_checker() -> None:
    (f,) = items("fn f() = -9223372036854775808\n")
    assert f.body().operand().value() == 2 ** 63


def test_if_case_for_while() -> None:
    (f,) = items("fn f(x) do\n  if x do 1 else if y do 2 else 3 end\n"
                 "  case x do\n    Some(v) when v > 1 -> v\n    _ -> 0\n  end\n"
                 "  for {k, v} in m when k > 0 do v end\n  while x do x end\nend\n")
    i, c, fo, w = f.body().stmts()
    assert i.cond().name() == "x" and i.then_block().tail_expr().value() == 1
    elif_ = i.else_branch()
    assert isinstance(elif_, ast.IfExpr) and elif_.else_branch().tail_expr().value() == 3
    assert c.keyword() == "case" and c.scrutinee().name() == "x"
    arm = c.arms()[0]
    assert arm.pattern().name() == "Some" and arm.pattern().args()[0].name() == "v"
    assert arm.guard().op() == ">" and arm.body().name() == "v"
    assert isinstance(fo.pattern(), ast.TuplePat) and fo.iterable().name() == "m"
    assert fo.filter().op() == ">" and fo.body().tail_expr().name() == "v"
    assert w.cond().name() == "x"


def test_patterns() -> None:
    (f,) = items('fn f(x) do\n  case x do\n    -1 -> 0\n    "s" -> 0\n    :a -> 0\n'
                 '    (a, _) -> 0\n    h :: t as all -> 0\n    A | B.C(1) -> 0\n    [] -> 0\n'
                 '  end\nend\n')
    pats = [a.pattern() for a in f.body().stmts()[0].arms()]
    assert pats[0].value() == -1 and pats[0].is_negative()
    assert pats[1].value() == "s" and pats[1].literal_kind() is K.STRING_START
    assert pats[2].atom_name() == "a"
    assert [type(p).__name__ for p in pats[3].elements()] == ["IdentPat", "WildcardPat"]
    assert pats[4].name() == "all" and pats[4].pattern().head().name() == "h"
    alts = pats[5].alternatives()
    assert alts[0].path() == ["A"] and alts[1].path() == ["B", "C"] and alts[1].has_args()
    assert isinstance(pats[6], ast.ListPat)


def test_types() -> None:
    (f,) = items("fn f(a :: Fun(Int, String) -> Int!E, b :: (Int, Bool), c :: ()) = 1\n")
    a, b, c = (p.type_ann() for p in f.params())
    assert [t.name() for t in a.params()] == ["Int", "String"]
    assert isinstance(a.ret(), ast.ResultType) and a.ret().err().name() == "E"
    assert len(b.elements()) == 2 and isinstance(c, ast.UnitType)


def test_collections_and_calls() -> None:
    (f,) = items('fn f() do\n  %{"a" => 1}\n  %{s | x: 1}\n  P.Q { x: 1 }\n  json { a: 1 }\n'
                 '  g(1, k: 2)\n  x.m(1)\n  a.b\n  xs[0]\n  y?\nend\n')
    m, u, s, j, c, mc, fe, ix, tr = f.body().stmts()
    assert m.entries()[0].key().value() == "a" and m.entries()[0].value().value() == 1
    assert u.base().name() == "s" and u.fields()[0].name() == "x"
    assert s.type_path() == ["P", "Q"] and s.fields()[0].value().value() == 1
    assert j.fields()[0].name() == "a"
    assert len(c.args().args()) == 1 and c.args().kw_args()[0].name() == "k"
    assert mc.name() == "m" and mc.receiver().name() == "x"
    assert fe.path() == ["a", "b"]
    assert ix.base().name() == "xs" and ix.index().value() == 0
    assert tr.expr().name() == "y"


def test_closures() -> None:
    (f,) = items("fn f() do\n  fn 0 -> 1 | n when n > 0 -> n end\n  fn(x :: Int) do x end\nend\n")
    multi, single = f.body().stmts()
    c0, c1 = multi.clauses()
    assert c0.params()[0].pattern().value() == 0 and c1.guard().op() == ">"
    assert single.clauses()[0].is_do_body() and single.clauses()[0].params()[0].name() == "x"


def test_items() -> None:
    its = items("import A.B\nfrom C import d, E\nstruct S do\n  x :: Int\nend deriving(Eq)\n"
                "type T do\n  V(a :: Int)\n  W\nend\ntype Al = Int\n"
                "interface I do\n  type U\n  fn m(self) -> Int\nend\n"
                "impl I for S do\n  type U = Int\n  fn m(self) -> Int = 1\nend\n"
                "module M do\n  fn x() = 1\nend\nlet K = 1\n")
    imp, frm, st, sm, al, it, im, mo, k = its
    assert imp.path() == ["A", "B"] and frm.path() == ["C"] and frm.names() == ["d", "E"]
    assert st.fields()[0].name() == "x" and st.deriving() == ["Eq"]
    assert [v.name() for v in sm.variants()] == ["V", "W"] and sm.deriving() is None
    assert sm.variants()[0].fields()[0].name() == "a"
    assert al.type().name() == "Int"
    assert it.assoc_types()[0].name() == "U" and it.methods()[0].body() is None
    assert im.interface().name() == "I" and im.target().name() == "S"
    assert im.assoc_types()[0].type().name() == "Int"
    assert mo.items()[0].name() == "x" and k.name() == "K"


def test_concurrency_items() -> None:
    its = items("actor a(n :: Int) do\n  receive do\n    x -> x\n  after 10 -> 0\n  end\n"
                "terminate do\n  1\nend\nend\n"
                "service S do\n  call Get() :: Int do |s| (s, s) end\n  cast Put(v) do |s| v end\nend\n"
                "supervisor Sup do\n  strategy: one_for_one\n  child w do\n    start: fn -> 1 end\n"
                "  end\nend\n")
    act, svc, sup = its
    assert act.params()[0].name() == "n" and act.terminate() is not None
    recv = act.body().stmts()[0]
    assert len(recv.arms()) == 1 and recv.after().timeout().value() == 10
    call, cast = svc.handlers()
    assert (call.kind, call.name(), call.state_name()) == ("call", "Get", "s")
    assert call.reply_type().name() == "Int" and cast.params()[0].name() == "v"
    assert sup.options()[0].key() == "strategy"
    assert sup.children()[0].name() == "w"
    assert sup.children()[0].options()[0].key() == "start"


def test_test_items_only_in_test_files() -> None:
    (t,) = items('test "adds" do\n  1\nend\n', file="x.test.mpl")
    assert t.label() == "adds" and t.body().tail_expr().value() == 1


def test_accessors_return_none_on_recovered_trees() -> None:
    result = parse("fn f(x :: ) -> do\n  let = \n  if do\nend\n")
    assert result.diagnostics
    (f,) = result.source_file().items()
    assert f.name() == "f"
    for p in f.params():
        p.type_ann()
    for stmt in (f.body().stmts() if f.body() else []):
        if isinstance(stmt, ast.LetStmt):
            assert stmt.value() is None or stmt.value()
