"""Tuples: heap records, destructuring in let and case, Display, equality and order."""

from __future__ import annotations

import pytest
from hir_build import HirBuilder
from mesh_codegen import emit_ir, mir
from mesh_codegen.lower import lower_program
from mesh_codegen.monomorphise import reachable_instances
from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, STRING, UNIT, TTuple

PAIR = TTuple((INT, INT))


def tup(h: HirBuilder, *elems: hir.Expr) -> hir.Tuple:
    return hir.Tuple(TTuple(tuple(e.ty for e in elems)), h.span, list(elems))


def ptup(h: HirBuilder, *elems: hir.Pattern) -> hir.PTuple:
    return hir.PTuple(TTuple(tuple(p.ty for p in elems)), h.span, list(elems))


def where_program():
    """``fn where(p) = case p do (0, 0) -> "origin"; (0, _) -> "y axis"; (x, 0) -> "x=${x}"; (x, y) when x == y -> "diag"; _ -> "plane" end``"""
    h = HirBuilder()
    p, x, x2, y = h.binding("p", PAIR), h.binding("x", INT), h.binding("x", INT), h.binding("y", INT)
    arms = [
        h.arm(ptup(h, h.plit(0, INT), h.plit(0, INT)), h.str("origin")),
        h.arm(ptup(h, h.plit(0, INT), h.pwild(INT)), h.str("y axis")),
        h.arm(ptup(h, h.pbind(x), h.plit(0, INT)), h.interp(h.str("x="), h.ref(x))),
        h.arm(ptup(h, h.pbind(x2), h.pbind(y)), h.str("diag"), guard=h.binary("==", h.ref(x2), h.ref(y))),
        h.arm(h.pwild(PAIR), h.str("plane")),
    ]
    where = h.fn("where", [p], STRING, h.case(h.ref(p), arms, STRING))
    lines = [h.println(h.call(where, [tup(h, h.int(a), h.int(b))])) for a, b in
             [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2)]]
    a, b = h.binding("a", STRING), h.binding("b", TTuple((BOOL, FLOAT)))
    nested = tup(h, h.str("kiwi"), tup(h, h.bool(True), h.float(2.5)))
    lines += [
        hir.Let(ptup(h, h.pbind(a), h.pbind(b)), nested, h.span),
        h.println(h.ref(a)),
        h.show(h.ref(b)),
        h.show(tup(h, h.int(1), h.str("kiwi"), h.unit())),
        h.show(h.binary("==", tup(h, h.int(1), h.str("a")), tup(h, h.int(1), h.str("a")))),
        h.show(h.binary("!=", tup(h, h.int(1), h.str("a")), tup(h, h.int(1), h.str("b")))),
        h.show(h.binary("<", tup(h, h.int(1), h.int(9)), tup(h, h.int(2), h.int(0)))),
        h.show(h.binary("<", tup(h, h.int(1), h.int(2)), tup(h, h.int(1), h.int(2)))),
        h.show(h.binary("<=", tup(h, h.int(1), h.int(2)), tup(h, h.int(1), h.int(2)))),
        h.show(h.binary(">", tup(h, h.int(1), h.int(3)), tup(h, h.int(1), h.int(2)))),
    ]
    return h.program([where, h.fn("main", [], UNIT, h.block(*lines))])


EXPECTED = ["origin", "y axis", "x=3", "diag", "plane", "kiwi", "(true, 2.5)", "(1, kiwi, ())",
            "true", "true", "true", "false", "true", "true"]


def test_tuple_case_tests_each_component_once_per_arm():
    prog = where_program()
    fn = {f.name: f for f in lower_program(reachable_instances(prog), prog).functions}["mesh.where"]
    gets = [i for b in fn.blocks for i in b.instrs if isinstance(i, mir.RecordGet)]
    # the decision tree reads each component once, on one path
    assert len(gets) == 2
    switches = [b.term for b in fn.blocks if isinstance(b.term, mir.Switch)]
    assert [sorted(v for v, _ in s.cases) for s in switches] == [[0], [0], [0]]
    assert "call ptr @mesh_rt_alloc" in emit_ir(prog)


@pytest.mark.parametrize("opt_level", [0, 2])
def test_tuples_end_to_end(run_program, opt_level):
    run = run_program(where_program(), opt_level=opt_level)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == EXPECTED
