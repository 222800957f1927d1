"""Structs, sum types and their derived value operations, end to end (spec 03 s5-6, s10; 05 s8)."""

from __future__ import annotations

import pytest
from hir_build import HirBuilder
from mesh_codegen import emit_ir
from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, STRING, UNIT, TCon, TFun

pytestmark = pytest.mark.e2e


def inspect(h: HirBuilder, e: hir.Expr) -> hir.Call:
    return h.call_value(h.method("Debug", "inspect", e.ty, TFun((e.ty,), STRING)), [e])


def cell_light_program():
    """The deriving example of spec 03 s10."""
    h = HirBuilder()
    t = h.tparam("T")
    cell_def = h.struct_def("Cell", [("pos", INT), ("item", t)], {"Eq", "Display", "Debug"}, [t])
    light_def = h.sum_def("Light", [("Off", []), ("Dim", [INT])], {"Eq", "Ord", "Display"})
    cell_s, cell_i, light = TCon("Cell", (STRING,)), TCon("Cell", (INT,)), TCon("Light")
    c = h.binding("c", cell_s)
    main = h.fn("main", [], UNIT, h.block(
        h.let(c, h.struct_lit(cell_s, [("pos", h.int(2)), ("item", h.str("kiwi"))])),
        h.println(h.interp(h.ref(c), h.str(" / "), inspect(h, h.ref(c)))),
        h.println(h.interp(
            h.ctor(light, "Dim", 1, [h.int(3)]), h.str(" "),
            h.binary("<", h.ctor(light, "Off", 0), h.ctor(light, "Dim", 1, [h.int(0)])), h.str(" "),
            h.binary("==", h.struct_lit(cell_i, [("pos", h.int(1)), ("item", h.int(7))]),
                     h.struct_lit(cell_i, [("item", h.int(7)), ("pos", h.int(1))])))),
    ))
    return h.program([main], structs=[cell_def], sums=[light_def])


def test_derived_display_debug_eq_ord(run_program):
    run = run_program(cell_light_program())
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == 'Cell(2, kiwi) / Cell { pos: 2, item: "kiwi" }\nDim(3) true true\n'


def test_descriptors_carry_layout_names_and_operations():
    text = emit_ir(cell_light_program())
    # Cell<String>: 16-byte header + 2 words, one pointer field (item) at offset 24, field names
    assert '@"desc.Cell<String>" = private constant' in text
    line = next(ln for ln in text.splitlines() if ln.startswith('@"desc.Cell<String>" ='))
    assert "i64 2, i64 1, i64 32, i64 0, i64 1, ptr @\"desc.Cell<String>.ptrs\"" in line
    assert 'ptr @"opw.eq.Cell<String>"' in line and 'ptr @"opw.display.Cell<String>"' in line
    assert '@"desc.Cell<String>.ptrs" = private constant [1 x i64] [i64 24]' in text
    # nullary variants are STATIC constants: { {desc, 1}, tag }
    assert "@static.Light.0 = private constant { { ptr, i64 }, i64 } { { ptr, i64 } { ptr @desc.Light.Off, i64 1 }, i64 0 }" in text


def test_struct_without_display_prints_with_debug_and_literal_order(run_program):
    """Spec 05 s8.2 (Tag) and s3 (struct fields are evaluated in the order written)."""
    h = HirBuilder()
    tag_def = h.struct_def("Tag", [("label", STRING), ("weight", FLOAT)])
    tag = TCon("Tag")
    s, v = h.binding("s", STRING), h.binding("v", FLOAT)
    say = h.fn("say", [s, v], FLOAT, h.block(h.builtin("print", [h.ref(s)], UNIT), result=h.ref(v)))
    t, u = h.binding("t", tag), h.binding("u", tag)
    main = h.fn("main", [], UNIT, h.block(
        h.let(t, h.struct_lit(tag, [("weight", h.call(say, [h.str("w"), h.float(2.0)])),
                                    ("label", h.block(h.builtin("print", [h.str("l")], UNIT), result=h.str("hot")))])),
        h.println(h.str("")),
        h.show(h.ref(t)),
        h.println(inspect(h, h.ref(t))),
        h.let(u, hir.StructUpdate(tag, h.span, h.ref(t), [("weight", h.float(0.5))])),
        h.println(h.interp(h.ref(u), h.str(" "), h.field(h.ref(t), "weight", FLOAT), h.str(" "),
                           h.field(h.ref(u), "label", STRING))),
        h.show(h.binary("<", h.ref(u), h.ref(t))),
    ))
    run = run_program(h.program([say, main], structs=[tag_def]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["wl", 'Tag { label: "hot", weight: 2 }', 'Tag { label: "hot", weight: 2 }',
                                       'Tag { label: "hot", weight: 0.5 } 2 hot', "true"]


def expr_program():
    """The recursive sum of spec 03 s6: eval(Sum(Lit(4), Flip(Lit(9)))) = -5."""
    h = HirBuilder()
    expr = TCon("Expr")
    expr_def = h.sum_def("Expr", [("Lit", [INT]), ("Sum", [expr, expr]), ("Flip", [expr])])
    e, n, a, b, x = (h.binding("e", expr), h.binding("n", INT), h.binding("a", expr), h.binding("b", expr),
                     h.binding("x", expr))
    def ev(arg):
        return h.call_symbol("eval", [arg], INT)
    body = h.case(h.ref(e), [
        h.arm(h.pctor(expr, "Lit", 0, [h.pbind(n)]), h.ref(n)),
        h.arm(h.pctor(expr, "Sum", 1, [h.pbind(a), h.pbind(b)]), h.binary("+", ev(h.ref(a)), ev(h.ref(b)))),
        h.arm(h.pctor(expr, "Flip", 2, [h.pbind(x)]), h.binary("-", h.int(0), ev(h.ref(x)))),
    ], INT)
    eval_fn = h.fn("eval", [e], INT, body)
    def lit(v):
        return h.ctor(expr, "Lit", 0, [h.int(v)])
    tree = h.ctor(expr, "Sum", 1, [lit(4), h.ctor(expr, "Flip", 2, [lit(9)])])
    main = h.fn("main", [], UNIT, h.block(h.show(h.call(eval_fn, [tree])), h.println(inspect(h, tree))))
    return h.program([eval_fn, main], sums=[expr_def])


def test_recursive_sum_and_variant_switch(run_program):
    run = run_program(expr_program(), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "-5\nSum(Lit(4), Flip(Lit(9)))\n"


def test_option_display_and_comparison(run_program):
    h = HirBuilder()
    opt = TCon("Option", (INT,))
    main = h.fn("main", [], UNIT, h.block(
        h.println(h.interp(h.some(h.int(3)), h.str(" "), h.none(INT), h.str(" "), h.some(h.some(h.str("kiwi"))))),
        h.println(inspect(h, h.some(h.str("x")))),
        h.show(h.binary("<", h.none(INT), h.some(h.int(-5)))),
        h.show(h.binary("==", h.some(h.int(2)), h.some(h.int(2)))),
        h.show(h.binary("!=", h.some(h.int(2)), hir.Ctor(opt, h.span, "Option", "Some", 1, [h.int(3)]))),
        h.show(h.call_value(h.method("Ord", "compare", INT, TFun((INT, INT), TCon("Ordering"))),
                            [h.int(1), h.int(2)])),
        h.show(h.tuple(h.atom("ok"), h.float(0.5), h.bool(False))),
    ))
    run = run_program(h.program([main]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["Some(3) None Some(Some(kiwi))", 'Some("x")', "true", "true", "true",
                                       "Less", "(ok, 0.5, false)"]


def test_user_impls_for_operators_and_display(run_program):
    """Spec 03 s9.4: impl Add / Neg for Money, derived Display."""
    h = HirBuilder()
    money = TCon("Money")
    money_def = h.struct_def("Money", [("cents", INT)], {"Display"})
    s, o = h.binding("self", money), h.binding("other", money)
    def cents(b):
        return h.field(h.ref(b), "cents", INT)
    add = h.fn("Money.Add.add", [s, o], money,
               h.struct_lit(money, [("cents", h.binary("+", cents(s), cents(o)))]))
    s2 = h.binding("self", money)
    neg = h.fn("Money.Neg.neg", [s2], money, h.struct_lit(money, [("cents", h.binary("-", h.int(0), cents(s2)))]))
    impls = [h.impl("Add", money, {"add": add.symbol}), h.impl("Neg", money, {"neg": neg.symbol})]
    total = h.binding("total", money)
    def lit(v):
        return h.struct_lit(money, [("cents", h.int(v))])
    main = h.fn("main", [], UNIT, h.block(
        h.let(total, hir.Binary(money, h.span, "+", lit(250), lit(75))),
        h.println(h.interp(h.ref(total), h.str(" "), hir.Unary(money, h.span, "-", h.ref(total)))),
    ))
    run = run_program(h.program([add, neg, main], structs=[money_def], impls=impls))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "Money(325) Money(-325)\n"


def test_written_display_impl_is_used_inside_derived_ones(run_program):
    h = HirBuilder()
    temp = TCon("Temp")
    temp_def = h.struct_def("Temp", [("deg", INT)], {"Eq"})
    s = h.binding("self", temp)
    show = h.fn("Temp.Display.to_string", [s], STRING,
                h.interp(h.field(h.ref(s), "deg", INT), h.str("°C")))
    t = h.binding("t", TCon("Option", (temp,)))
    main = h.fn("main", [], UNIT, h.block(
        h.let(t, h.some(h.struct_lit(temp, [("deg", h.int(21))]))),
        h.show(h.ref(t)),
        h.show(h.tuple(h.str("now"), h.struct_lit(temp, [("deg", h.int(-3))]))),
    ))
    prog = h.program([show, main], structs=[temp_def], impls=[h.impl("Display", temp, {"to_string": show.symbol})])
    run = run_program(prog)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "Some(21°C)\n(now, -3°C)\n"


def test_bool_fields_and_hash_are_consistent_with_eq():
    """IR-level: a Bool field is stored as a whole word and hashing exists for derived Hash."""
    h = HirBuilder()
    flag = TCon("Flag")
    flag_def = h.struct_def("Flag", [("on", BOOL)])
    f = h.binding("f", flag)
    main = h.fn("main", [], UNIT, h.block(
        h.let(f, h.struct_lit(flag, [("on", h.bool(True))])),
        h.show(h.call_value(h.method("Hash", "hash", flag, TFun((flag,), INT)), [h.ref(f)])),
    ))
    text = emit_ir(h.program([main], structs=[flag_def]))
    assert "zext i1" in text and "@op.hash.Flag" in text
