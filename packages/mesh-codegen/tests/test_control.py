"""Closures, loops, `?`, module constants and the decision trees of `case`, end to end."""

from __future__ import annotations

import pytest
from hir_build import HirBuilder
from mesh_codegen import emit_ir, mir
from mesh_codegen.lower import lower_program
from mesh_codegen.monomorphise import reachable_instances
from mesh_types import hir
from mesh_types.types import BOOL, INT, NEVER, STRING, UNIT, TCon, TFun, TTuple

pytestmark = pytest.mark.e2e


def test_closures_capture_values_and_use_the_word_abi(run_program):
    """Spec 05 s4: ``let rate = 2; let scale = fn v -> v * rate end; let rate = 10``."""
    h = HirBuilder()
    rate, rate2, scale, v = h.binding("rate", INT), h.binding("rate", INT), h.binding("scale", TFun((INT,), INT)), \
        h.binding("v", INT)
    t = h.tparam("T")
    f, x = h.binding("f", TFun((t,), t)), h.binding("x", t)
    twice = h.fn("twice", [f, x], t, h.call_value(h.ref(f), [h.call_value(h.ref(f), [h.ref(x)])]), [t])
    label, w, shout = h.binding("label", STRING), h.binding("w", STRING), h.binding("shout", TFun((STRING,), STRING))
    flag, k = h.binding("flag", BOOL), h.binding("k", INT)
    pick = h.lambda_([k], h.if_(h.ref(flag), h.ref(k), h.binary("-", h.int(0), h.ref(k)), INT), [flag])
    main = h.fn("main", [], UNIT, h.block(
        h.let(rate, h.int(2)),
        h.let(scale, h.lambda_([v], h.binary("*", h.ref(v), h.ref(rate)), [rate])),
        h.let(rate2, h.int(10)),
        h.println(h.interp(h.call_value(h.ref(scale), [h.int(5)]), h.str(" "), h.ref(rate2))),
        h.show(h.call(twice, [h.ref(scale), h.int(3)], type_args=[INT], ret=INT)),
        h.let(label, h.str("!")),
        h.let(shout, h.lambda_([w], h.binary("<>", h.ref(w), h.ref(label)), [label])),
        h.println(h.call(twice, [h.ref(shout), h.str("hey")], type_args=[STRING], ret=STRING)),
        h.let(flag, h.bool(False)),
        h.show(h.call_value(pick, [h.int(4)])),
        # a library function used as a value
        h.println(h.call_value(hir.BuiltinRef(TFun((INT,), STRING), h.span, "Int.to_string"), [h.int(7)])),
    ))
    run = run_program(h.program([twice, main]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["10 10", "12", "hey!!", "-4", "7"]


def loop_program():
    """while with break/continue; for over a range literal with a filter, break and continue."""
    h = HirBuilder()
    i = h.binding("i", INT)
    n = h.binding("n", INT)
    def stmt(e):
        return hir.ExprStmt(e, h.span)
    for_loop = hir.For(TCon("List", (UNIT,)), h.span, h.pbind(n), h.range_(h.int(1), h.int(20)),
                       h.binary("==", h.binary("%", h.ref(n), h.int(3)), h.int(0)),
                       h.block(
                           h.if_(h.binary(">", h.ref(n), h.int(12)), hir.Break(NEVER, h.span)),
                           h.if_(h.binary("==", h.ref(n), h.int(6)), hir.Continue(NEVER, h.span)),
                           h.builtin("print", [h.interp(h.ref(n), h.str(" "))], UNIT)))
    # `while` over a tail-recursive countdown: bindings are immutable, so the loop reads a constant
    cond_fn_arg = h.binding("m", INT)
    small = h.fn("small", [cond_fn_arg], BOOL, h.binary("<", h.ref(cond_fn_arg), h.int(3)))
    while_loop = hir.While(UNIT, h.span, h.bool(True), h.block(
        h.builtin("print", [h.str("w")], UNIT),
        h.if_(h.call(small, [h.ref(i)]), hir.Break(NEVER, h.span)),
        hir.Continue(NEVER, h.span)))
    main = h.fn("main", [], UNIT, h.block(stmt(for_loop), h.println(h.str("")), h.let(i, h.int(1)), while_loop,
                                          h.println(h.str(""))))
    return h.program([small, main])


def test_loops_break_continue_and_range_without_allocation(run_program):
    prog = loop_program()
    run = run_program(prog)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "3 9 12 \nw\n"
    main = emit_ir(prog).split("define internal {} @mesh.main()")[1].split("\n}\n")[0]
    assert "mesh_rt_range_new" not in main and "mesh_rt_alloc" not in main and "mesh_rt_list" not in main


def test_loop_back_edges_carry_safe_points():
    prog = loop_program()
    fns = {f.name: f for f in lower_program(reachable_instances(prog), prog).functions}
    main = fns["mesh.main"]
    points = [b.label for b in main.blocks for i in b.instrs if isinstance(i, mir.SafePoint)]
    assert points == ["start", "for.range", "while.head"]


def test_try_returns_early_and_converts_errors(run_program):
    """Spec 03 s12, with a written ``From<String> for ParseFail``."""
    h = HirBuilder()
    fail = TCon("ParseFail")
    fail_def = h.struct_def("ParseFail", [("text", STRING)])
    res_s, res_f = TCon("Result", (INT, STRING)), TCon("Result", (INT, fail))
    m = h.binding("m", STRING)
    from_fn = h.fn("ParseFail.From.from", [m], fail,
                   h.struct_lit(fail, [("text", h.binary("<>", h.str("bad input: "), h.ref(m)))]))
    s = h.binding("s", STRING)
    digit = h.fn("digit", [s], res_s, h.if_(h.binary("==", h.ref(s), h.str("4")),
                                             h.ctor(res_s, "Ok", 0, [h.int(4)]), h.ctor(res_s, "Err", 1, [h.ref(s)])))
    a, b = h.binding("a", STRING), h.binding("b", STRING)
    convert = h.method("From", "from", fail, TFun((STRING,), fail), [STRING])
    def q(arg):
        return hir.Try(INT, h.span, h.call(digit, [h.ref(arg)]), "result", convert)
    sum_two = h.fn("sum_two", [a, b], res_f, h.ctor(res_f, "Ok", 0, [h.binary("+", q(a), q(b))]))
    o = h.binding("o", TCon("Option", (INT,)))
    first = h.fn("first", [o], TCon("Option", (INT,)),
                 h.some(h.binary("*", hir.Try(INT, h.span, h.ref(o), "option", None), h.int(10))))
    n, f = h.binding("n", INT), h.binding("f", fail)
    def show_result(call):
        return h.case(call, [
        h.arm(h.pctor(res_f, "Ok", 0, [h.pbind(n)]), h.show(h.ref(n))),
        h.arm(h.pctor(res_f, "Err", 1, [h.pbind(f)]), h.println(h.field(h.ref(f), "text", STRING))),
    ], UNIT)
    main = h.fn("main", [], UNIT, h.block(
        show_result(h.call(sum_two, [h.str("4"), h.str("x")])),
        show_result(h.call(sum_two, [h.str("4"), h.str("4")])),
        h.show(h.call(first, [h.some(h.int(2))])),
        h.show(h.call(first, [h.none(INT)])),
    ))
    prog = h.program([from_fn, digit, sum_two, first, main], structs=[fail_def],
                     impls=[h.impl("From", fail, {"from": from_fn.symbol}, interface_args=[STRING])])
    run = run_program(prog)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["bad input: x", "8", "Some(20)", "None"]


def test_module_constants_are_initialised_in_order_before_main(run_program):
    h = HirBuilder()
    base = hir.ConstDef("Main.base", INT, h.binary("*", h.int(3), h.int(7)), h.span, h.file)
    greeting = hir.ConstDef("Main.greeting", STRING,
                            h.interp(h.str("n="), hir.GlobalRef(INT, h.span, "Main.base")), h.span, h.file)
    main = h.fn("main", [], UNIT, h.block(h.println(hir.GlobalRef(STRING, h.span, "Main.greeting")),
                                          h.show(hir.GlobalRef(INT, h.span, "Main.base"))))
    run = run_program(h.program([main], consts=[base, greeting]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "n=21\n21\n"


def classify_program():
    """Or-patterns, as-patterns, guards and nested constructors in one case."""
    h = HirBuilder()
    pair = TTuple((INT, TCon("Option", (INT,))))
    opt = TCon("Option", (INT,))
    p = h.binding("p", pair)
    x, y, whole, z = h.binding("x", INT), h.binding("y", INT), h.binding("whole", pair), h.binding("z", INT)
    x2 = h.binding("x", INT)
    arms = [
        h.arm(hir.POr(pair, h.span, [h.ptuple(h.plit(0, INT), h.pwild(opt)),
                                     h.ptuple(h.pwild(INT), h.pctor(opt, "None", 0))]), h.str("zero-or-none")),
        h.arm(hir.PAs(pair, h.span, h.ptuple(h.pbind(x), h.pctor(opt, "Some", 1, [h.pbind(y)])), whole),
              h.interp(h.str("same "), h.ref(whole)), guard=h.binary("==", h.ref(x), h.ref(y))),
        h.arm(h.ptuple(h.pbind(x2), h.pctor(opt, "Some", 1, [hir.POr(INT, h.span, [
            h.plit(1, INT), hir.PAs(INT, h.span, h.plit(2, INT), z)])])), h.interp(h.str("small "), h.ref(x2))),
        h.arm(h.pwild(pair), h.str("other")),
    ]
    classify = h.fn("classify", [p], STRING, h.case(h.ref(p), arms, STRING))
    cases = [(0, 5), (3, None), (4, 4), (7, 2), (7, 1), (7, 9)]
    lines = [h.println(h.call(classify, [h.tuple(h.int(a), h.some(h.int(b)) if b is not None else h.none(INT))]))
             for a, b in cases]
    return h.program([classify, h.fn("main", [], UNIT, h.block(*lines))])


def test_decision_tree_with_or_and_as_patterns(run_program):
    run = run_program(classify_program())
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["zero-or-none", "zero-or-none", "same (4, Some(4))", "small 7", "small 7",
                                       "other"]


def test_decision_tree_tests_the_tag_once_per_path():
    prog = classify_program()
    fn = {f.name: f for f in lower_program(reachable_instances(prog), prog).functions}["mesh.classify"]
    tags = [i for b in fn.blocks for i in b.instrs if isinstance(i, mir.VariantTag)]
    # the first column (Int) splits into 0 (the first arm, no more tests) / other, where the
    # Option's tag is read once for all the remaining arms
    assert len(tags) == 1
    switches = [b.term for b in fn.blocks if isinstance(b.term, mir.Switch)]
    assert sorted(len(s.cases) for s in switches) == [1, 2, 2]   # 0 | None/Some | 1/2
    assert all(len({id(a) for a in b.instrs}) == len(b.instrs) for b in fn.blocks)


def test_for_over_a_user_iterator(run_program):
    """Spec 03 s9.5: ``impl Iterator for Countdown``; the for collects ``[30, 20, 10]``."""
    h = HirBuilder()
    cd = TCon("Countdown")
    cd_def = h.struct_def("Countdown", [("left", INT)])
    step_t = TCon("Option", (TTuple((INT, cd)),))
    s = h.binding("self", cd)
    left = h.field(h.ref(s), "left", INT)
    nxt = h.fn("Countdown.Iterator.next", [s], step_t, h.if_(
        h.binary("<=", left, h.int(0)), h.ctor(step_t, "None", 0),
        h.ctor(step_t, "Some", 1, [h.tuple(left, h.struct_lit(cd, [("left", h.binary("-", left, h.int(1)))]))])))
    n, xs = h.binding("n", INT), h.binding("xs", TCon("List", (INT,)))
    loop = hir.For(TCon("List", (INT,)), h.span, h.pbind(n), h.struct_lit(cd, [("left", h.int(3))]), None,
                   h.binary("*", h.ref(n), h.int(10)),
                   next_method=h.method("Iterator", "next", cd, TFun((cd,), step_t)))
    main = h.fn("main", [], UNIT, h.block(h.let(xs, loop), h.show(h.ref(xs))))
    prog = h.program([nxt, main], structs=[cd_def], impls=[h.impl("Iterator", cd, {"next": nxt.symbol})])
    run = run_program(prog)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "[30, 20, 10]\n"


def test_preemption_check_is_a_load_and_a_predictable_branch(monkeypatch):
    """Once the runtime exports the flag: a relaxed load, an expect-false branch, no store."""
    from mesh_codegen import preemption
    monkeypatch.setattr(preemption, "declared", lambda name: True)
    text = emit_ir(loop_program())
    main = text.split("@mesh.main()")[1].split("\n}\n")[0]
    assert main.count("load atomic i8, ptr @mesh_rt_preempt_flag monotonic") == 3   # entry + two loop heads
    assert "call i1 @llvm.expect.i1" in main and "call void @mesh_rt_preempt_yield()" in main
    assert "store i8" not in main


SAFE_POINT_SOURCE = """\
fn leaf(a :: Int, b :: Int) -> Int = a * b + 1

fn fib(n :: Int) -> Int do
  if n < 2 do n else fib(n - 1) + fib(n - 2) end
end

fn spin(n :: Int) -> Int do
  if n == 0 do 0 else spin(n - 1) end
end

fn main() do
  println("${leaf(fib(10), spin(5))}")
end
"""


def test_only_functions_that_can_run_long_have_an_entry_safe_point():
    """A leaf without loops ends in bounded time; a recursive or self-tail-calling one may not."""
    from mesh_types import SourceFile, check
    result = check([SourceFile("main.mpl", SAFE_POINT_SOURCE, "Main")])
    assert result.program is not None, result.diagnostics
    prog = result.program
    fns = {f.name: f for f in lower_program(reachable_instances(prog), prog).functions}

    def entry_checked(name: str) -> bool:
        return any(isinstance(i, mir.SafePoint) for i in fns[name].blocks[0].instrs)

    assert not entry_checked("mesh.leaf")
    assert entry_checked("mesh.fib") and entry_checked("mesh.spin") and entry_checked("mesh.main")
