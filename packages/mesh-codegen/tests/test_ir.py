"""IR-level tests: the emitted module verifies and has the shapes the spec requires."""

from __future__ import annotations

import re

import llvmlite.binding as llvm
import pytest
from hir_build import HirBuilder
from mesh_codegen import BuildError, emit_ir
from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, NEVER, STRING, UNIT

SOURCE = "fn main() do\n  work()\nend\n\nfn work() do\n  1 / 0\nend\n"


def verified(program, **kw) -> str:
    text = emit_ir(program, **kw)
    llvm.parse_assembly(text).verify()
    return text


def main_only(h: HirBuilder, *body) -> object:
    return h.program([h.fn("main", [], UNIT, h.block(*body))])


def function_body(ir_text: str, name: str) -> str:
    match = re.search(r'define [^\n]*@"?' + re.escape(name) + r'"?\(.*?\n}\n', ir_text, re.DOTALL)
    assert match, f"function {name} not in IR"
    return match.group(0)


def test_hello_world_has_runtime_entry_and_static_literal():
    h = HirBuilder()
    text = verified(main_only(h, h.println(h.str("hi"))))
    # C main: init the runtime, then run the entry wrapper as the main process
    main = function_body(text, "main")
    assert "call void @mesh_rt_init(i32 %argc, ptr %argv)" in main
    assert "call i32 @mesh_rt_start(ptr @mesh_main_entry)" in main
    # the literal is a constant object: header {desc, STATIC}, byte length, bytes + NUL
    assert re.search(r'constant \{ \{ ptr, i64 \}, i64, \[3 x i8\] \} \{ \{ ptr, i64 \} '
                     r'\{ ptr @mesh_rt_string_desc, i64 1 \}, i64 2, \[3 x i8\] c"hi\\00" \}, align 8', text)
    assert "mesh_rt_string_new" not in text and "mesh_rt_alloc" not in text


def test_equal_literals_share_one_global_and_utf8_length_is_bytes():
    h = HirBuilder()
    text = verified(main_only(h, h.println(h.str("née")), h.println(h.str("née"))))
    assert len(re.findall(r"c\"n\\C3\\A9e\\00\"", text)) == 1
    assert "i64 4, [5 x i8]" in text


def test_user_functions_are_prefixed_and_internal():
    h = HirBuilder()
    helper = h.fn("strlen", [], INT, h.int(3))
    prog = h.program([helper, h.fn("main", [], UNIT, h.block(h.show(h.call(helper, []))))])
    text = verified(prog)
    assert 'define internal i64 @"mesh.strlen"()' in text or "define internal i64 @mesh.strlen()" in text
    assert "@strlen" not in text


def test_int_division_checks_zero_and_min_over_minus_one():
    h = HirBuilder(SOURCE)
    a, b = h.binding("a", INT), h.binding("b", INT)
    with h.at_line(6):
        div = h.fn("div", [a, b], INT, h.binary("/", h.ref(a), h.ref(b)))
        rem = h.fn("rem", [a, b], INT, h.binary("%", h.ref(a), h.ref(b)))
    prog = h.program([div, rem, h.fn("main", [], UNIT, h.block(
        h.show(h.call(div, [h.int(1), h.int(2)])), h.show(h.call(rem, [h.int(1), h.int(2)]))))])
    text = verified(prog)
    for name, op in (("mesh.div", "sdiv"), ("mesh.rem", "srem")):
        body = function_body(text, name)
        assert "icmp eq i64" in body and ", 0" in body
        assert "call void @mesh_rt_panic_cstr" in body and "i64 6)" in body   # Mesh source line
        assert "icmp eq i64" in body and ", -1" in body
        assert "select i1" in body and op in body
    assert 'c"division by zero\\00"' in text and 'c"main.mpl\\00"' in text


def test_constant_divisor_needs_no_check():
    h = HirBuilder()
    x = h.binding("x", INT)
    prog = h.program([h.fn("main", [], UNIT, h.block(h.let(x, h.int(9)),
                                                     h.show(h.binary("/", h.ref(x), h.int(4)))))])
    body = function_body(verified(prog), "mesh.main")
    assert "panic" not in body and "select" not in body and "sdiv i64" in body


def test_arithmetic_wraps_without_nsw_and_float_ops_are_ieee():
    h = HirBuilder()
    i, f = h.binding("i", INT), h.binding("f", FLOAT)
    prog = h.program([h.fn("main", [], UNIT, h.block(
        h.let(i, h.int(2**63 - 1)), h.let(f, h.float(5.5)),
        h.show(h.binary("+", h.ref(i), h.int(1))),
        h.show(h.binary("*", h.ref(i), h.ref(i))),
        h.show(h.unary("-", h.ref(i))),
        h.show(h.binary("%", h.ref(f), h.float(2.0))),
        h.show(h.binary("!=", h.ref(f), h.ref(f))),
        h.show(h.binary("<", h.ref(f), h.ref(f))),
        h.show(h.binary("==", h.ref(f), h.ref(f))),
    ))])
    body = function_body(verified(prog), "mesh.main")
    assert "nsw" not in body and "nuw" not in body
    assert "frem double" in body
    assert "fcmp une double" in body       # != is true on NaN
    assert "fcmp olt double" in body and "fcmp oeq double" in body


def test_string_operators_call_the_runtime():
    h = HirBuilder()
    s = h.binding("s", STRING)
    prog = h.program([h.fn("main", [], UNIT, h.block(
        h.let(s, h.binary("<>", h.str("a"), h.str("b"))),
        h.show(h.binary("==", h.ref(s), h.str("ab"))),
        h.show(h.binary("<", h.ref(s), h.str("b"))),
        h.show(h.builtin("String.length", [h.ref(s)], INT)),
    ))])
    body = function_body(verified(prog), "mesh.main")
    for fn in ("mesh_rt_string_concat", "mesh_rt_string_eq", "mesh_rt_string_cmp", "mesh_rt_string_length"):
        assert f"@{fn}(" in body


def test_and_or_short_circuit_with_branches():
    h = HirBuilder()
    t = h.binding("t", BOOL)
    expensive = h.fn("expensive", [], BOOL, h.block(h.println(h.str("called")), result=h.bool(True)))
    prog = h.program([expensive, h.fn("main", [], UNIT, h.block(
        h.let(t, h.bool(False)),
        h.show(h.binary("and", h.ref(t), h.call(expensive, []))),
        h.show(h.binary("or", h.ref(t), h.call(expensive, []))),
    ))])
    body = function_body(verified(prog), "mesh.main")
    assert body.count("br i1") >= 2
    # the call sits in its own block, reached only through a conditional branch
    assert re.search(r"\n(and|or)\.rhs[.\d]*:[^\n]*\n[^\n]*call i1 @\"?mesh\.expensive", body)


def test_float_to_int_saturates_and_conversions():
    h = HirBuilder()
    prog = main_only(h, h.show(h.builtin("Float.to_int", [h.float(1e300)], INT)),
                     h.show(h.builtin("Int.to_float", [h.int(3)], FLOAT)),
                     h.show(h.builtin("Bool.to_string", [h.bool(True)], STRING)))
    text = verified(prog)
    assert "@llvm.fptosi.sat.i64.f64" in text and "sitofp i64" in text


def test_other_tail_calls_are_marked():
    h = HirBuilder()
    n = h.binding("n", INT)
    g = h.fn("g", [n], INT, h.ref(n))
    m = h.binding("m", INT)
    f = h.fn("f", [m], INT, h.call(g, [h.ref(m)]))
    prog = h.program([g, f, h.fn("main", [], UNIT, h.block(h.show(h.call(f, [h.int(1)]))))])
    assert "tail call i64 @" in function_body(verified(prog), "mesh.f")


@pytest.mark.parametrize("level", [0, 1, 2, 3])
def test_every_opt_level_verifies(level):
    h = HirBuilder()
    n = h.binding("n", INT)
    body = h.if_(h.binary("<", h.ref(n), h.int(2)), h.ref(n), h.binary(
        "+", h.call_symbol("fib", [h.binary("-", h.ref(n), h.int(1))], INT),
        h.call_symbol("fib", [h.binary("-", h.ref(n), h.int(2))], INT)))
    fib = h.fn("fib", [n], INT, body)
    prog = h.program([fib, h.fn("main", [], UNIT, h.block(h.show(h.call(fib, [h.int(20)]))))])
    text = verified(prog, opt_level=level)
    assert "define i32 @main" in text


def test_unsupported_construct_is_a_c0001_diagnostic():
    h = HirBuilder()
    prog = h.program([h.fn("main", [], UNIT, h.block(hir.Break(NEVER, h.span)))])
    with pytest.raises(BuildError) as info:
        emit_ir(prog)
    assert info.value.diagnostic.code == "C0001"
    assert info.value.diagnostic.file == "main.mpl"
    assert "`break` outside a loop" in info.value.diagnostic.message


def test_missing_entry_is_a_c0001_diagnostic():
    h = HirBuilder()
    with pytest.raises(BuildError) as info:
        emit_ir(h.program([h.fn("other", [], UNIT, h.unit())]))
    assert info.value.diagnostic.code == "C0001"
    assert "`main`" in info.value.diagnostic.message


def test_unknown_builtin_is_a_c0001_diagnostic():
    h = HirBuilder()
    with pytest.raises(BuildError) as info:
        emit_ir(main_only(h, h.builtin("Nope.nothing", [], UNIT)))
    assert "Nope.nothing" in info.value.diagnostic.message


def test_compiler_defect_becomes_internal_error_diagnostic():
    # ill-typed HIR (Int + Float) cannot come from the checker; codegen must still not crash
    h = HirBuilder()
    bad = h.binary("+", h.int(1), h.float(2.0))
    with pytest.raises(BuildError) as info:
        emit_ir(main_only(h, h.show(bad)))
    diag = info.value.diagnostic
    assert diag.code == "C0001" and "internal compiler error" in diag.message


def test_entry_whose_result_stayed_generic_is_instantiated_at_unit():
    """``fn main() do ... panic("the end") end`` may be generalised over its result type."""
    h = HirBuilder()
    t = h.tparam("a")
    main = h.fn("main", [], t, h.builtin("panic", [h.str("the end")], t), type_params=[t])
    text = verified(h.program([main]))
    assert "call void @mesh_rt_panic(" in text
