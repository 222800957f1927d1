"""Shape of the typed tree handed to code generation (the hir.py contract)."""

from helpers import check_text
from mesh_types import hir
from mesh_types.hir_dump import dump
from mesh_types.types import (
    BOOL,
    FLOAT,
    INT,
    NEVER,
    STRING,
    UNIT,
    TCon,
    TFun,
    TParam,
    TVar,
)


def program(text: str) -> hir.Program:
    result = check_text(text)
    assert result.program is not None, [d.message for d in result.diagnostics]
    return result.program


def fns(text: str) -> dict[str, hir.FnDef]:
    return program(text).functions()


def walk(node):
    """Every HIR node below ``node`` (expressions, patterns, statements)."""
    import dataclasses
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        for f in dataclasses.fields(n):
            v = getattr(n, f.name)
            items = v if isinstance(v, list) else [v]
            for item in items:
                if isinstance(item, (hir.Expr, hir.Pattern, hir.Let, hir.ExprStmt, hir.Arm)):
                    stack.append(item)


def all_types(fn: hir.FnDef):
    for n in walk(fn.body):
        if hasattr(n, "ty"):
            yield n.ty


def has_var(t) -> bool:
    if isinstance(t, TVar):
        return True
    return any(has_var(x) for x in getattr(t, "args", ()) + getattr(t, "elems", ())
               + getattr(t, "params", ()) + ((t.ret,) if isinstance(t, TFun) else ()))


def test_no_inference_variables_reach_the_hir():
    text = ("fn id(x) = x\nfn main() do\n  let a = id(3)\n  let s = \"${a} ${id(true)}\"\n"
            "  println(s)\nend\n")
    for fn in fns(text).values():
        assert not any(has_var(t) for t in all_types(fn))


def test_entry_symbols_are_bare_and_main_is_entry():
    p = program("fn helper() = 1\nfn main() do\n  println(\"${helper()}\")\nend\n")
    assert p.entry == "main"
    assert set(p.functions()) == {"helper", "main"}
    assert p.modules[-1].name == "Main"


def test_fnref_type_args_follow_type_params():
    f = fns("fn pair(a, b) = b\nfn main() do\n  let x = pair(1, \"s\")\nend\n")
    assert [p.name for p in f["pair"].type_params] == ["a", "b"]
    refs = [n for n in walk(f["main"].body) if isinstance(n, hir.FnRef)]
    assert refs[0].symbol == "pair" and refs[0].type_args == [INT, STRING]
    assert refs[0].ty == TFun((INT, STRING), STRING)


def test_recursive_reference_inside_generic_function_uses_its_params():
    f = fns("fn loop(x, n) = if n == 0 do x else loop(x, n - 1) end\nfn main() do\nend\n")
    loop = f["loop"]
    refs = [n for n in walk(loop.body) if isinstance(n, hir.FnRef)]
    assert refs[0].type_args == loop.type_params
    assert all(isinstance(t, TParam) for t in refs[0].type_args)


def test_builtins_and_methods_are_desugared():
    f = fns("fn main() do\n  let n = \"abc\".length()\n  println(n.to_string())\n"
            "  IO.puts(Float.to_string(Int.to_float(n)))\nend\n")
    names = [n.name for n in walk(f["main"].body) if isinstance(n, hir.BuiltinRef)]
    assert sorted(names) == sorted(["String.length", "println", "Int.to_string", "IO.puts",
                                    "Float.to_string", "Int.to_float"])


def test_string_to_string_is_the_value_itself():
    f = fns("fn main() do\n  println(\"a\".to_string())\nend\n")
    call = f["main"].body.result
    assert isinstance(call.args[0], hir.StrLit)


def test_pipes_become_calls_with_the_value_in_its_slot():
    f = fns("fn sub(a :: Int, b :: Int) -> Int = a - b\n"
            "fn main() do\n  let x = 10 |2> sub(3)\n  let y = 10 |> sub(3)\nend\n")
    lets = [s for s in f["main"].body.stmts if isinstance(s, hir.Let)]
    x, y = lets[0].value, lets[1].value
    assert isinstance(x, hir.Call) and [a.value for a in x.args] == [3, 10]
    assert isinstance(y, hir.Call) and [a.value for a in y.args] == [10, 3]


def test_interpolation_and_else_if_chain():
    f = fns("fn g(n :: Int) -> String = if n < 0 do \"a\" else if n == 0 do \"b\" else \"c${n}\" end\n"
            "fn main() do\nend\n")
    body = f["g"].body
    assert isinstance(body, hir.If) and isinstance(body.else_, hir.If)
    interp = body.else_.else_.result
    assert isinstance(interp, hir.Interp) and interp.parts[1].ty == INT


def test_case_arms_patterns_and_guards():
    f = fns("fn g(n :: Int) -> String = case n do\n  0 -> \"z\"\n  -1 -> \"m\"\n"
            "  k when k > 0 -> \"p\"\n  _ -> \"n\"\nend\nfn main() do\nend\n")
    case = f["g"].body
    assert isinstance(case, hir.Case) and len(case.arms) == 4
    pats = [a.pattern for a in case.arms]
    assert isinstance(pats[0], hir.PLit) and pats[0].value == 0
    assert pats[1].value == -1
    assert isinstance(pats[2], hir.PBind) and case.arms[2].guard.ty == BOOL
    assert isinstance(pats[3], hir.PWild)


def test_return_has_never_type_and_unit_literals():
    f = fns("fn g(n :: Int) -> Int do\n  if n > 0 do\n    return n\n  end\n  nil\n  0\nend\n"
            "fn main() do\nend\n")
    rets = [n for n in walk(f["g"].body) if isinstance(n, hir.Return)]
    assert rets[0].ty == NEVER and rets[0].value.ty == INT
    units = [n for n in walk(f["g"].body) if isinstance(n, hir.UnitLit)]
    assert units[0].ty == UNIT


def test_int_min_literal_is_folded():
    f = fns("fn main() do\n  let x = -9223372036854775808\nend\n")
    lit = f["main"].body.stmts[0].value
    assert isinstance(lit, hir.IntLit) and lit.value == -2**63


def test_operators_are_normalised():
    f = fns("fn g(a :: Bool, b :: Bool) = !a && b || a\n"
            "fn h(s :: String) = s ++ s\nfn main() do\nend\n")
    ops = [n.op for n in walk(f["g"].body) if isinstance(n, (hir.Binary, hir.Unary))]
    assert sorted(ops) == ["and", "not", "or"]
    assert f["h"].body.op == "<>"


def test_tuple_let_binds_each_part():
    f = fns("fn main() do\n  let (a, _) = (1.5, true)\n  println(\"${a}\")\nend\n")
    let = f["main"].body.stmts[0]
    assert isinstance(let.pattern, hir.PTuple)
    assert isinstance(let.pattern.elems[0], hir.PBind) and let.pattern.elems[0].ty == FLOAT
    assert isinstance(let.value, hir.Tuple)


def test_dump_is_readable():
    text = dump(program("fn main() do\n  println(\"hi\")\nend\n"))
    assert "BuiltinRef 'println' : Fun(String) -> ()" in text


def test_user_type_names_in_messages():
    assert TCon("Main.Point") != TCon("Point")


def test_multi_clause_function_is_a_case_over_its_arguments():
    f = fns("fn hop(0) = \"zero\"\nfn hop(n) when n < 0 = \"below\"\nfn hop(_) = \"above\"\n"
            "fn both(true, b) = b\nfn both(false, _) = false\nfn main() do\nend\n")
    hop = f["hop"]
    assert len(hop.params) == 1 and hop.params[0].binding.ty == INT
    case = hop.body
    assert isinstance(case, hir.Case) and isinstance(case.scrutinee, hir.LocalRef)
    assert case.scrutinee.binding is hop.params[0].binding
    assert [type(a.pattern).__name__ for a in case.arms] == ["PLit", "PBind", "PWild"]
    assert case.arms[1].guard is not None
    both = f["both"].body
    assert isinstance(both.scrutinee, hir.Tuple) and len(both.scrutinee.elems) == 2
    assert all(isinstance(a.pattern, hir.PTuple) for a in both.arms)
