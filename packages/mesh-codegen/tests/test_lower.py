"""HIR -> MIR lowering: decision sequences for case, tail calls as loops."""

from __future__ import annotations

from hir_build import HirBuilder
from mesh_codegen import mir
from mesh_codegen.lower import lower_program
from mesh_codegen.monomorphise import reachable_instances
from mesh_types.types import BOOL, INT, STRING, UNIT


def lower(program) -> dict[str, mir.Function]:
    fns = lower_program(reachable_instances(program), program).functions
    return {f.name: f for f in fns}


def terms(fn: mir.Function, kind: type) -> list:
    return [b.term for b in fn.blocks if isinstance(b.term, kind)]


def instrs(fn: mir.Function, kind: type) -> list:
    return [i for b in fn.blocks for i in b.instrs if isinstance(i, kind)]


def classify_program(arms_of):
    h = HirBuilder()
    n = h.binding("n", INT)
    case = h.case(h.ref(n), arms_of(h), STRING)
    classify = h.fn("classify", [n], STRING, case)
    main = h.fn("main", [], UNIT, h.block(h.println(h.call(classify, [h.int(1)]))))
    return lower(h.program([classify, main]))["mesh.classify"]


def test_literal_arms_become_one_switch_without_duplicates():
    fn = classify_program(lambda h: [
        h.arm(h.plit(0, INT), h.str("zero")),
        h.arm(h.plit(1, INT), h.str("one")),
        h.arm(h.plit(0, INT), h.str("never")),      # shadowed: must not be tested again
        h.arm(h.plit(2, INT), h.str("two")),
        h.arm(h.pwild(INT), h.str("many")),
    ])
    switches = terms(fn, mir.Switch)
    assert len(switches) == 1
    assert [v for v, _ in switches[0].cases] == [0, 1, 2]
    assert not instrs(fn, mir.BinOp)               # no extra comparisons
    assert not terms(fn, mir.Panic)                # the wildcard makes it exhaustive


def test_guarded_arm_splits_the_switch_and_literals_are_not_retested():
    def arms(h):
        n = h.binding("k", INT)
        return [
            h.arm(h.plit(0, INT), h.str("zero")),
            h.arm(h.pbind(n), h.str("big"), guard=h.binary(">", h.ref(n), h.int(100))),
            h.arm(h.plit(0, INT), h.str("never")),
            h.arm(h.plit(5, INT), h.str("five")),
        ]
    fn = classify_program(arms)
    switches = terms(fn, mir.Switch)
    # one switch on the literals of the column; the guarded arm is tried in the branches it can reach
    assert [[v for v, _ in s.cases] for s in switches] == [[0, 5]]
    assert len(terms(fn, mir.Panic)) == 1          # non-exhaustive: falls to "no case clause matched"
    assert terms(fn, mir.Panic)[0].reason == "no case clause matched"
    assert not instrs(fn, mir.BinOp) or all(i.op == ">" for i in instrs(fn, mir.BinOp))


def test_string_literal_arms_are_tested_in_sequence_once_each():
    h = HirBuilder()
    s = h.binding("s", STRING)
    case = h.case(h.ref(s), [h.arm(h.plit("a", STRING), h.int(1)), h.arm(h.plit("a", STRING), h.int(9)),
                             h.arm(h.plit("b", STRING), h.int(2)), h.arm(h.pwild(STRING), h.int(0))], INT)
    f = h.fn("f", [s], INT, case)
    fn = lower(h.program([f, h.fn("main", [], UNIT, h.block(h.show(h.call(f, [h.str("a")]))))]))["mesh.f"]
    tests = [i for i in instrs(fn, mir.BinOp) if i.op == "=="]
    assert [t.rhs.value for t in tests] == ["a", "b"]


def spin_program(body_of):
    h = HirBuilder()
    n, acc = h.binding("n", INT), h.binding("acc", INT)
    body = body_of(h, n, acc)
    spin = h.fn("spin", [n, acc], INT, body)
    main = h.fn("main", [], UNIT, h.block(h.show(h.call(spin, [h.int(10), h.int(0)]))))
    return lower(h.program([spin, main]))["mesh.spin"]


def recur(h, n, acc):
    return h.call_symbol("spin", [h.binary("-", h.ref(n), h.int(1)), h.binary("+", h.ref(acc), h.ref(n))], INT)


def assert_self_call_is_a_loop(fn: mir.Function, jumps: int = 1) -> None:
    assert not [c for c in instrs(fn, mir.Call) if c.callee == fn.name]
    back_edges = [t for t in terms(fn, mir.Goto) if t.target is fn.blocks[0]]
    assert len(back_edges) == jumps


def test_self_tail_call_in_if_branch_is_a_jump():
    fn = spin_program(lambda h, n, acc: h.if_(h.binary("==", h.ref(n), h.int(0)), h.ref(acc), recur(h, n, acc)))
    assert_self_call_is_a_loop(fn)


def test_self_tail_calls_after_let_in_case_arms_and_return_operand():
    def body(h, n, acc):
        m = h.binding("m", INT)
        return h.block(h.let(m, h.ref(n)), result=h.case(h.ref(m), [
            h.arm(h.plit(0, INT), h.ref(acc)),
            h.arm(h.plit(1, INT), h.return_(recur(h, n, acc))),
            h.arm(h.pwild(INT), h.block(result=recur(h, n, acc))),
        ], INT))
    assert_self_call_is_a_loop(spin_program(body), jumps=2)


def test_self_call_not_in_tail_position_stays_a_call():
    fn = spin_program(lambda h, n, acc: h.if_(
        h.binary("==", h.ref(n), h.int(0)), h.ref(acc), h.binary("+", h.int(1), recur(h, n, acc))))
    assert [c.callee for c in instrs(fn, mir.Call)] == ["mesh.spin"]


def test_tail_call_arguments_are_snapshotted_before_rebinding():
    # spin(acc, n): a swap must read both old values before writing either parameter
    fn = spin_program(lambda h, n, acc: h.if_(
        h.binary("==", h.ref(n), h.int(0)), h.ref(acc),
        h.call_symbol("spin", [h.ref(acc), h.ref(n)], INT)))
    block = next(b for b in fn.blocks if isinstance(b.term, mir.Goto) and b.term.target is fn.blocks[0])
    assigns = [i for i in block.instrs if isinstance(i, mir.Assign)]
    params = set(map(id, fn.params))
    writes = [k for k, i in enumerate(assigns) if id(i.dest) in params]
    reads = [k for k, i in enumerate(assigns) if id(i.src) in params]
    assert reads and writes and max(reads) < min(writes)


def test_dead_code_after_return_is_not_lowered():
    h = HirBuilder()
    f = h.fn("f", [], INT, h.block(h.return_(h.int(1)), h.println(h.str("dead")), result=h.int(2)))
    fn = lower(h.program([f, h.fn("main", [], UNIT, h.block(h.show(h.call(f, []))))]))["mesh.f"]
    assert not instrs(fn, mir.CallBuiltin)
    assert [t.value.value for t in terms(fn, mir.Return)] == [1]


def test_bool_case_uses_switch_and_mir_dump_is_readable():
    h = HirBuilder()
    b = h.binding("b", BOOL)
    f = h.fn("f", [b], INT, h.case(h.ref(b), [h.arm(h.plit(True, BOOL), h.int(1)),
                                               h.arm(h.plit(False, BOOL), h.int(0))], INT))
    fn = lower(h.program([f, h.fn("main", [], UNIT, h.block(h.show(h.call(f, [h.bool(True)]))))]))["mesh.f"]
    assert [v for v, _ in terms(fn, mir.Switch)[0].cases] == [1, 0]
    text = mir.dump(fn)
    assert text.startswith("fn mesh.f(") and "Switch" in text
