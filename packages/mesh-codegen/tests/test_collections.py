"""Collections and the string library through the runtime ABI, end to end (spec 11, 05 s9)."""

from __future__ import annotations

import pytest
from hir_build import HirBuilder
from mesh_types import hir
from mesh_types.types import BOOL, INT, NEVER, STRING, UNIT, TCon, TFun, TTuple

pytestmark = pytest.mark.e2e

LIST_INT = TCon("List", (INT,))
LIST_STR = TCon("List", (STRING,))
MAP_SI = TCon("Map", (STRING, INT))


def test_for_collects_and_iterates_maps(run_program):
    """The example of spec 05 s9."""
    h = HirBuilder()
    n, k, v = h.binding("n", INT), h.binding("k", STRING), h.binding("v", INT)
    picked, total = h.binding("picked", LIST_INT), h.binding("sum", LIST_STR)
    body = h.block(h.if_(h.binary(">", h.ref(n), h.int(12)), hir.Break(NEVER, h.span)),
                   h.if_(h.binary("==", h.ref(n), h.int(6)), hir.Continue(NEVER, h.span)),
                   result=h.binary("*", h.ref(n), h.ref(n)))
    for1 = hir.For(LIST_INT, h.span, h.pbind(n), h.range_(h.int(1), h.int(20)),
                   h.binary("==", h.binary("%", h.ref(n), h.int(3)), h.int(0)), body)
    the_map = hir.MapLit(MAP_SI, h.span, [(h.str("a"), h.int(1)), (h.str("b"), h.int(2))])
    for2 = hir.For(LIST_STR, h.span, h.ptuple(h.pbind(k), h.pbind(v)), the_map, None, h.interp(h.ref(k), h.ref(v)))
    main = h.fn("main", [], UNIT, h.block(
        h.let(picked, for1), h.show(h.ref(picked)),
        h.let(total, for2), h.println(h.builtin("String.join", [h.ref(total), h.str("+")], STRING)),
    ))
    run = run_program(h.program([main]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "[9, 81, 144]\na1+b2\n"


def test_list_patterns_literals_and_higher_order_functions(run_program):
    """Spec 04 s5 ``classify`` with cons patterns; List.map with a closure and a named function."""
    h = HirBuilder()
    xs, a, b = h.binding("xs", LIST_INT), h.binding("a", INT), h.binding("b", INT)
    arms = [
        h.arm(hir.PNil(LIST_INT, h.span), h.str("empty")),
        h.arm(hir.PCons(LIST_INT, h.span, h.pwild(INT), hir.PNil(LIST_INT, h.span)), h.str("one")),
        h.arm(hir.PCons(LIST_INT, h.span, h.pbind(a), hir.PCons(LIST_INT, h.span, h.pbind(b), h.pwild(LIST_INT))),
              h.str("falling"), guard=h.binary(">", h.ref(a), h.ref(b))),
        h.arm(h.pwild(LIST_INT), h.str("many")),
    ]
    classify = h.fn("classify", [xs], STRING, h.case(h.ref(xs), arms, STRING))
    def lst(*vs):
        return h.list_(INT, *(h.int(v) for v in vs))
    parts = [h.call(classify, [lst()]), h.call(classify, [lst(4)]), h.call(classify, [lst(5, 2, 8)]),
             h.call(classify, [lst(1, 9)])]
    text = parts[0]
    for p in parts[1:]:
        text = h.binary("<>", h.binary("<>", text, h.str(" ")), p)
    x, step = h.binding("x", INT), h.binding("step", INT)
    add_step = h.lambda_([x], h.binary("+", h.ref(x), h.ref(step)), [step])
    m = h.binding("m", MAP_SI)
    main = h.fn("main", [], UNIT, h.block(
        h.println(text),
        h.let(step, h.int(10)),
        h.show(h.builtin("List.map", [lst(1, 2, 3), add_step], LIST_INT)),
        h.show(h.builtin("List.map", [lst(1, 2), hir.BuiltinRef(TFun((INT,), STRING), h.span, "Int.to_string")],
                         LIST_STR)),
        h.show(h.list_(LIST_STR, h.list_(STRING, h.str("x")), h.list_(STRING))),
        h.let(m, hir.MapLit(MAP_SI, h.span, [(h.str("hits"), h.int(3))])),
        h.show(h.builtin("Map.get", [h.ref(m), h.str("hits")], INT)),
        h.show(h.builtin("Map.get", [h.ref(m), h.str("misses")], INT)),
        h.show(h.builtin("Map.fetch", [h.ref(m), h.str("misses")], TCon("Option", (INT,)))),
        h.show(h.builtin("String.split", [h.str("a,,b"), h.str(",")], LIST_STR)),
        h.show(h.builtin("String.to_int", [h.str(" 42 ")], TCon("Option", (INT,)))),
        h.show(h.binary("==", lst(1, 2), lst(1, 2))),
        h.show(h.binary("<", lst(1, 2), lst(1, 3))),
        h.show(h.builtin("List.sort", [lst(3, 1, 2)], LIST_INT)),
        h.show(h.builtin("Math.round", [h.float(-2.5)], INT)),
    ))
    run = run_program(h.program([classify, main]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["empty one falling many", "[11, 12, 13]", "[1, 2]", "[[x], []]", "3", "0",
                                       "None", "[a, , b]", "Some(42)", "true", "true", "[1, 2, 3]", "-3"]


def test_list_get_out_of_bounds_panics(run_program):
    h = HirBuilder()
    main = h.fn("main", [], UNIT, h.block(h.show(h.builtin("List.get", [h.list_(INT, h.int(1)), h.int(5)], INT))))
    run = run_program(h.program([main]))
    assert run.status == 101
    assert "List.get: index 5 out of bounds (len 1)" in run.stderr


def test_sets_tuples_and_user_types_as_elements(run_program):
    h = HirBuilder()
    pt = TCon("Pt")
    pt_def = h.struct_def("Pt", [("x", INT), ("y", INT)])
    set_t = TCon("Set", (pt,))
    s, p = h.binding("s", set_t), h.binding("p", pt)
    def mk(x, y):
        return h.struct_lit(pt, [("x", h.int(x)), ("y", h.int(y))])
    def add(st, e):
        return h.builtin("Set.add", [st, e], set_t)
    main = h.fn("main", [], UNIT, h.block(
        h.let(s, add(add(add(h.builtin("Set.new", [], set_t), mk(1, 2)), mk(3, 4)), mk(1, 2))),
        h.show(h.builtin("Set.size", [h.ref(s)], INT)),
        h.show(h.builtin("Set.contains", [h.ref(s), mk(3, 4)], BOOL)),
        hir.ExprStmt(hir.For(TCon("List", (UNIT,)), h.span, h.pbind(p), h.ref(s), None,
                             h.println(h.interp(h.field(h.ref(p), "x", INT), h.str(":"), h.field(h.ref(p), "y", INT)))),
                     h.span),
        h.show(h.builtin("List.zip", [h.list_(INT, h.int(1), h.int(2)), h.list_(STRING, h.str("a"))],
                         TCon("List", (TTuple((INT, STRING)),)))),
    ))
    run = run_program(h.program([main], structs=[pt_def]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["2", "true", "1:2", "3:4", "[(1, a)]"]


def test_map_iteration_binds_key_and_value_without_building_tuples():
    from mesh_codegen import emit_ir
    h = HirBuilder()
    k, v = h.binding("k", STRING), h.binding("v", INT)
    the_map = hir.MapLit(MAP_SI, h.span, [(h.str("a"), h.int(1))])
    loop = hir.For(TCon("List", (UNIT,)), h.span, h.ptuple(h.pbind(k), h.pbind(v)), the_map, None,
                   h.println(h.ref(k)))
    text = emit_ir(h.program([h.fn("main", [], UNIT, h.block(hir.ExprStmt(loop, h.span)))]))
    main = text.split("@mesh.main()")[1].split("\n}\n")[0]
    assert "call i64 @mesh_rt_map_next(" in main
    assert "mesh_rt_alloc" not in main and "mesh_rt_list" not in main
