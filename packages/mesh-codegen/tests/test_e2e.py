"""End-to-end: hand-made HIR -> native executable linked with libmeshrt -> run and check.

These need the runtime library (``mesh_runtime``) installed; without it they
fail with a message saying so (see ``conftest.runtime_ready``).
"""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest
from hir_build import HirBuilder
from mesh_types.types import BOOL, FLOAT, INT, STRING, UNIT

from mesh_codegen import BuildError, build_executable

INT_MIN, INT_MAX = -(2**63), 2**63 - 1

pytestmark = pytest.mark.e2e


def wrap(v: int) -> int:
    return (v + 2**63) % 2**64 - 2**63


def trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return wrap(q if (a < 0) == (b < 0) else -q)


def trunc_rem(a: int, b: int) -> int:
    return wrap(a - trunc_div(a, b) * b) if b != -1 else 0


def binop_fn(h: HirBuilder, name: str, op: str, ty=INT):
    a, b = h.binding("a", ty), h.binding("b", ty)
    return h.fn(name, [a, b], ty if op not in ("==", "!=", "<", ">", "<=", ">=") else BOOL,
                h.binary(op, h.ref(a), h.ref(b)))


@pytest.mark.parametrize("opt_level", [0, 2])
def test_int_arithmetic_edge_cases(run_program, opt_level):
    h = HirBuilder()
    ops = {op: binop_fn(h, name, op) for name, op in
           [("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/"), ("rem", "%"), ("lt", "<")]}
    cases = [("+", INT_MAX, 1), ("-", INT_MIN, 1), ("*", INT_MAX, 2), ("*", INT_MIN, -1),
             ("/", 7, 2), ("/", -7, 2), ("%", -7, 3), ("%", 7, -3), ("/", INT_MIN, -1), ("%", INT_MIN, -1),
             ("/", INT_MAX, -1), ("%", 5, -1), ("<", -1, 0), ("<", INT_MIN, INT_MAX)]
    lines, expected = [], []
    for op, a, b in cases:
        lines.append(h.show(h.call(ops[op], [h.int(a), h.int(b)])))
        py = {"+": lambda: wrap(a + b), "-": lambda: wrap(a - b), "*": lambda: wrap(a * b),
              "/": lambda: trunc_div(a, b), "%": lambda: trunc_rem(a, b),
              "<": lambda: "true" if a < b else "false"}[op]()
        expected.append(str(py))
    x = h.binding("x", INT)
    lines += [h.let(x, h.int(INT_MIN)), h.show(h.unary("-", h.ref(x))),
              h.show(h.binary("/", h.ref(x), h.int(-1))), h.show(h.binary("%", h.ref(x), h.int(-1)))]
    expected += [str(INT_MIN), str(INT_MIN), "0"]
    prog = h.program([*ops.values(), h.fn("main", [], UNIT, h.block(*lines))])
    run = run_program(prog, opt_level=opt_level)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == expected


@pytest.mark.parametrize("op", ["/", "%"])
def test_division_by_zero_panics_with_location(run_program, op):
    source = "fn ratio(a :: Int, b :: Int) -> Int = a / b\n\nfn main() do\n  println(\"start\")\nend\n"
    h = HirBuilder(source)
    a, b = h.binding("a", INT), h.binding("b", INT)
    with h.at_line(1):
        ratio = h.fn("ratio", [a, b], INT, h.binary(op, h.ref(a), h.ref(b)))
    prog = h.program([ratio, h.fn("main", [], UNIT, h.block(
        h.println(h.str("start")), h.show(h.call(ratio, [h.int(7), h.int(0)])), h.println(h.str("unreachable"))))])
    run = run_program(prog)
    assert run.status == 101
    assert run.stdout == "start\n"
    assert run.stderr.strip() == "[mesh] panic: division by zero at main.mpl:1"


def test_float_printing_and_ieee_semantics(run_program):
    h = HirBuilder()
    values = [3.5, 4.0, 0.1, -0.0, 1e21, 0.1 + 0.2, 100.0 / 3.0, 2.5e-3, 1e-7, -7.25]
    lines = [h.show(h.float(v)) for v in values]
    expected = ["3.5", "4", "0.1", "-0", "1000000000000000000000", "0.30000000000000004",
                "33.333333333333336", "0.0025", "0.0000001", "-7.25"]
    f = h.binding("zero", FLOAT)
    nan = h.binary("/", h.ref(f), h.ref(f))
    lines += [h.let(f, h.float(0.0)),
              h.show(h.binary("/", h.float(1.0), h.ref(f))), h.show(h.binary("/", h.float(-1.0), h.ref(f))),
              h.show(nan), h.show(h.binary("==", nan, nan)), h.show(h.binary("!=", nan, nan)),
              h.show(h.binary("<", nan, h.float(1.0))), h.show(h.binary("==", h.float(0.0), h.float(-0.0))),
              h.show(h.binary("%", h.float(5.5), h.float(2.0))), h.show(h.binary("%", h.float(-5.5), h.float(2.0))),
              h.show(h.unary("-", h.ref(f)))]
    expected += ["inf", "-inf", "NaN", "false", "true", "false", "true", "1.5", "-1.5", "-0"]
    conv = [(math.nan, 0), (1e300, INT_MAX), (-1e300, INT_MIN), (-2.7, -2), (3.99, 3)]
    lines += [h.show(h.builtin("Float.to_int", [h.float(v)], INT)) for v, _ in conv]
    expected += [str(r) for _, r in conv]
    lines += [h.show(h.builtin("Int.to_float", [h.int(2**53 + 1)], FLOAT))]
    expected += ["9007199254740992"]
    run = run_program(h.program([h.fn("main", [], UNIT, h.block(*lines))]))
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == expected


def test_string_operations(run_program):
    h = HirBuilder()
    s = h.binding("s", STRING)
    lines = [
        h.let(s, h.binary("<>", h.str("né"), h.str("e"))),
        h.println(h.ref(s)),
        h.show(h.builtin("String.length", [h.ref(s)], INT)),
        h.show(h.binary("==", h.ref(s), h.str("née"))),
        h.show(h.binary("!=", h.ref(s), h.str("nee"))),
        h.show(h.binary("<", h.str("ab"), h.str("abc"))),
        h.show(h.binary("<", h.str("Z"), h.str("a"))),
        h.show(h.binary(">=", h.str("b"), h.str("abc"))),
        h.println(h.interp(h.str("n="), h.int(-7), h.str(" ok="), h.bool(False), h.str(" u="), h.unit(),
                           h.str(" f="), h.float(2.0), h.str(" s="), h.ref(s))),
        h.println(h.interp()),
        h.builtin("print", [h.str("no newline|")], UNIT),
        h.println(h.builtin("Bool.to_string", [h.bool(True)], STRING)),
        h.builtin("eprintln", [h.str("to stderr")], UNIT),
    ]
    run = run_program(h.program([h.fn("main", [], UNIT, h.block(*lines))]))
    assert run.status == 0
    assert run.stdout.splitlines() == ["née", "3", "true", "true", "true", "true", "true",
                                       "n=-7 ok=false u=() f=2 s=née", "", "no newline|true"]
    assert run.stderr == "to stderr\n"


def test_evaluation_order_and_short_circuit(run_program):
    """Spec 05 section 3's example, built by hand."""
    h = HirBuilder()
    tag, v = h.binding("tag", STRING), h.binding("v", INT)
    say = h.fn("say", [tag, v], INT, h.block(h.builtin("print", [h.ref(tag)], UNIT), result=h.ref(v)))
    total, ok = h.binding("total", INT), h.binding("ok", BOOL)

    def call(t, n):
        return h.call(say, [h.str(t), h.int(n)])
    main = h.fn("main", [], UNIT, h.block(
        h.let(total, h.binary("+", call("a", 1), h.binary("*", call("b", 2), call("c", 3)))),
        h.println(h.interp(h.str(" = "), h.ref(total))),
        h.let(ok, h.binary("and", h.binary(">", call("d", 0), h.int(1)), h.binary(">", call("e", 5), h.int(1)))),
        h.println(h.interp(h.str(" "), h.ref(ok))),
        h.show(h.binary("or", h.binary("<", call("f", 0), h.int(1)), h.binary(">", call("g", 5), h.int(1)))),
    ))
    run = run_program(h.program([say, main]))
    assert run.stdout == "abc = 7\nd false\nftrue\n"


def test_case_over_literals(run_program):
    h = HirBuilder()
    n, k = h.binding("n", INT), h.binding("k", INT)
    classify = h.fn("classify", [n], STRING, h.case(h.ref(n), [
        h.arm(h.plit(0, INT), h.str("zero")),
        h.arm(h.plit(1, INT), h.str("one")),
        h.arm(h.pbind(k), h.interp(h.str("neg "), h.ref(k)), guard=h.binary("<", h.ref(k), h.int(0))),
        h.arm(h.plit(1, INT), h.str("never")),
        h.arm(h.plit(42, INT), h.str("answer")),
        h.arm(h.pwild(INT), h.str("other")),
    ], STRING))
    s = h.binding("s", STRING)
    greet = h.fn("greet", [s], STRING, h.case(h.ref(s), [
        h.arm(h.plit("hi", STRING), h.str("hello")),
        h.arm(h.plit("bye", STRING), h.str("farewell")),
        h.arm(h.pwild(STRING), h.str("?")),
    ], STRING))
    b = h.binding("b", BOOL)
    yes_no = h.fn("yes_no", [b], STRING, h.case(h.ref(b), [
        h.arm(h.plit(True, BOOL), h.str("yes")), h.arm(h.plit(False, BOOL), h.str("no"))], STRING))
    lines = [h.println(h.call(classify, [h.int(v)])) for v in (0, 1, -5, 42, 7)]
    lines += [h.println(h.call(greet, [h.str(v)])) for v in ("hi", "bye", "hey")]
    lines += [h.println(h.call(yes_no, [h.bool(v)])) for v in (True, False)]
    run = run_program(h.program([classify, greet, yes_no, h.fn("main", [], UNIT, h.block(*lines))]))
    assert run.stdout.splitlines() == ["zero", "one", "neg -5", "answer", "other",
                                       "hello", "farewell", "?", "yes", "no"]


def test_no_matching_arm_panics(run_program):
    h = HirBuilder("fn main() do\n  case 3 do\n    1 -> 1\n  end\nend\n")
    with h.at_line(2):
        case = h.case(h.int(3), [h.arm(h.plit(1, INT), h.int(1))], INT)
    run = run_program(h.program([h.fn("main", [], UNIT, h.block(h.show(case)))]))
    assert run.status == 101
    assert run.stderr.strip() == "[mesh] panic: no case clause matched at main.mpl:2"


def test_panic_builtin(run_program):
    h = HirBuilder("fn main() do\n  panic(\"boom\")\nend\n")
    with h.at_line(2):
        body = h.block(h.println(h.str("before")), h.builtin("panic", [h.str("boom")], UNIT),
                       h.println(h.str("after")))
    run = run_program(h.program([h.fn("main", [], UNIT, body)]))
    assert (run.status, run.stdout) == (101, "before\n")
    assert run.stderr.startswith("[mesh] panic: boom")


def test_self_tail_recursion_runs_in_constant_stack(run_program):
    """100,000,000 deep: only a loop survives this (8 MiB of stack holds ~500k frames)."""
    depth = 100_000_000
    h = HirBuilder()
    n, acc = h.binding("n", INT), h.binding("acc", INT)
    recur = h.call_symbol("spin", [h.binary("-", h.ref(n), h.int(1)),
                                   h.binary("+", h.ref(acc), h.binary("%", h.ref(n), h.int(7)))], INT)
    m = h.binding("m", INT)
    body = h.block(h.let(m, h.ref(n)), result=h.case(h.ref(m), [
        h.arm(h.plit(0, INT), h.ref(acc)),
        h.arm(h.pwild(INT), h.if_(h.binary(">", h.ref(m), h.int(0)), recur, h.return_(h.ref(acc)), ty=INT)),
    ], INT))
    spin = h.fn("spin", [n, acc], INT, body)
    prog = h.program([spin, h.fn("main", [], UNIT, h.block(h.show(h.call(spin, [h.int(depth), h.int(0)]))))])
    full, rest = divmod(depth, 7)
    expected = full * 21 + sum(range(1, rest + 1))
    run = run_program(prog, timeout=120)
    assert (run.status, run.stdout) == (0, f"{expected}\n")


def test_generic_function_at_two_types(run_program):
    h = HirBuilder()
    t = h.tparam("T")
    x, y = h.binding("x", t), h.binding("y", t)
    second = h.fn("second", [x, y], t, h.ref(y), type_params=[t])
    main = h.fn("main", [], UNIT, h.block(
        h.show(h.call(second, [h.int(1), h.int(2)], type_args=[INT], ret=INT)),
        h.println(h.call(second, [h.str("a"), h.str("b")], type_args=[STRING], ret=STRING)),
        h.show(h.call(second, [h.float(0.5), h.float(1.5)], type_args=[FLOAT], ret=FLOAT)),
    ))
    run = run_program(h.program([second, main]))
    assert run.stdout == "2\nb\n1.5\n"


def test_executable_does_not_load_libpython(runtime_ready, tmp_path):
    if shutil.which("readelf") is None:
        pytest.fail("readelf (binutils) is needed to inspect the executable")
    h = HirBuilder()
    exe = tmp_path / "hello"
    build_executable(h.program([h.fn("main", [], UNIT, h.block(h.println(h.str("hi"))))]), exe)
    dynamic = subprocess.run(["readelf", "-d", str(exe)], capture_output=True, text=True, check=True).stdout
    needed = [line for line in dynamic.splitlines() if "(NEEDED)" in line]
    assert needed, dynamic
    assert not [line for line in needed if "python" in line.lower()]
    assert subprocess.run([str(exe)], capture_output=True, text=True).stdout == "hi\n"


def test_timings_and_emit_llvm(runtime_ready, tmp_path):
    h = HirBuilder()
    timings: dict = {}
    ll = tmp_path / "out.ll"
    build_executable(h.program([h.fn("main", [], UNIT, h.block(h.println(h.str("x"))))]),
                     tmp_path / "exe", opt_level=2, emit_llvm=ll, timings=timings)
    assert list(timings) == ["monomorphise", "lower", "emit", "verify", "optimise", "object", "link"]
    assert all(v >= 0 for v in timings.values())
    assert "define i32 @main" in ll.read_text()


def test_linker_failure_is_a_build_error(runtime_ready, tmp_path, monkeypatch):
    h = HirBuilder()
    helper = h.fn("main", [], UNIT, h.block(h.println(h.str("x"))))
    monkeypatch.setenv("MESH_CC", "false")
    with pytest.raises(BuildError) as info:
        build_executable(h.program([helper]), tmp_path / "exe")
    assert info.value.diagnostic.code == "C0001" and "linking" in info.value.diagnostic.message
    monkeypatch.setenv("MESH_CC", str(tmp_path / "no-such-cc"))
    with pytest.raises(BuildError) as info:
        build_executable(h.program([helper]), tmp_path / "exe")
    assert "no C compiler found" in info.value.diagnostic.message


@pytest.mark.parametrize("opt_level", [0, 2])
def test_int_arithmetic_differential(run_program, opt_level):
    """Many operand pairs (edge values and random ones) against a Python model of spec 05 s5.1."""
    import random

    rng = random.Random(2024)
    edges = [0, 1, -1, 2, -2, 7, -7, INT_MAX, INT_MIN, INT_MAX - 1, INT_MIN + 1]
    values = edges + [rng.randint(INT_MIN, INT_MAX) for _ in range(12)] + [rng.randint(-100, 100) for _ in range(6)]
    pairs = [(rng.choice(values), rng.choice(values)) for _ in range(150)]
    pairs = [(a, b) for a, b in pairs if b != 0]
    h = HirBuilder()
    ops = {op: binop_fn(h, f"op{i}", op) for i, op in enumerate(["+", "-", "*", "/", "%", "<", ">=", "=="])}
    model = {"+": lambda a, b: wrap(a + b), "-": lambda a, b: wrap(a - b), "*": lambda a, b: wrap(a * b),
             "/": trunc_div, "%": trunc_rem, "<": lambda a, b: str(a < b).lower(),
             ">=": lambda a, b: str(a >= b).lower(), "==": lambda a, b: str(a == b).lower()}
    lines, expected = [], []
    for a, b in pairs:
        for op, fn in ops.items():
            lines.append(h.show(h.call(fn, [h.int(a), h.int(b)])))
            expected.append(str(model[op](a, b)))
    prog = h.program([*ops.values(), h.fn("main", [], UNIT, h.block(*lines))])
    run = run_program(prog, opt_level=opt_level)
    assert run.status == 0
    assert run.stdout.splitlines() == expected
