"""Run-time failures (spec 05 s11): every panic prints ``[mesh] panic: <reason> at <file>:<line>``
on stderr, flushes what was printed before, and exits with status 101 -- never a signal."""

from __future__ import annotations

import pytest
from mesh_types import SourceFile, check

pytestmark = pytest.mark.e2e


def build(source: str):
    result = check([SourceFile("main.mpl", source, "Main")])
    assert result.ok, [d.message for d in result.diagnostics]
    return result.program


def program(setup: str, failing: str) -> str:
    """``main`` prints a marker, runs ``setup``, then the failing expression on line 4."""
    return f"fn main() do\n  println(\"before\")\n  {setup}\n  println(\"${{{failing}}}\")\n  println(\"after\")\nend\n"


CASES = [
    ("let z = 0", "10 / z", "division by zero"),
    ("let z = 0", "10 % z", "division by zero"),
    ("let xs = [1, 2, 3]", "List.get(xs, 3)", "List.get: index 3 out of bounds (len 3)"),
    ("let xs = [1, 2, 3]", "List.get(xs, -1)", "List.get: index -1 out of bounds (len 3)"),
    ("let xs = [\"a\"]", "List.nth(xs, 7)", "List.get: index 7 out of bounds (len 1)"),
    ("let xs = List.drop([1], 1)", "List.head(xs)", "List.head: empty list"),
    ("let xs = List.drop([1], 1)", "List.last(xs)", "List.last: empty list"),
    ("let xs = List.drop([1], 1)", "List.tail(xs)", "List.tail: empty list"),
    ("let q = Queue.pop(Queue.push(Queue.new(), 1))", "Queue.peek(Tuple.second(q))", "Queue.peek: empty queue"),
    ("let q = Queue.new()", "Tuple.first(Queue.pop(Queue.push(q, 1))) + Tuple.first(Queue.pop(q))",
     "Queue.pop: empty queue"),
    ("let o = String.to_int(\"x\")", "Option.unwrap(o)", "Option.unwrap: None"),
    ("let m = %{1 => (1, 2)}", "Map.get(m, 2)", "Map.get: key not found"),
    ("let msg = \"custom\"", "panic(msg <> \" failure\")", "custom failure"),
]


@pytest.mark.parametrize("setup, failing, reason", CASES, ids=[c[2] + " " + c[1] for c in CASES])
@pytest.mark.parametrize("opt_level", [0, 2])
def test_panics_name_the_mesh_line(run_program, setup, failing, reason, opt_level):
    run = run_program(build(program(setup, failing)), opt_level=opt_level)
    assert (run.status, run.stdout) == (101, "before\n")
    assert run.stderr == f"[mesh] panic: {reason} at main.mpl:4\n"


def test_in_bounds_access_does_not_panic(run_program):
    source = """\
fn main() do
  let xs = [10, 20, 30]
  let q = Queue.push(Queue.push(Queue.new(), "a"), "b")
  println("${List.get(xs, 0)} ${List.nth(xs, 2)} ${List.head(xs)} ${List.last(xs)} ${List.tail(xs)}")
  println("${Queue.peek(q)} ${Tuple.first(Queue.pop(q))} ${Queue.size(Tuple.second(Queue.pop(q)))}")
  println("${List.head(List.tail(List.tail(xs)))} ${List.get(List.drop(xs, 1), 1)}")
end
"""
    run = run_program(build(source), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == ["10 30 10 30 [20, 30]", "a a 1", "30 30"]


def test_deep_non_tail_recursion_is_a_stack_overflow_panic(run_program):
    # at -O0 the recursion stays a recursion (-O2 may turn `1 + depth(n - 1)` into a loop)
    source = """\
fn depth(n :: Int) -> Int do
  if n == 0 do
    0
  else
    1 + depth(n - 1)
  end
end

fn main() do
  println("start")
  println("${depth(100000000)}")
end
"""
    run = run_program(build(source), opt_level=0)
    assert (run.status, run.stdout) == (101, "start\n")
    assert run.stderr.startswith("[mesh] panic: stack overflow")


def test_panic_in_a_closure_names_the_closure_line(run_program):
    source = """\
fn main() do
  let xs = [1, 2, 0]
  let ys = List.map(xs, fn x ->
    100 / x
  end)
  println("${ys}")
end
"""
    run = run_program(build(source), opt_level=2)
    assert run.status == 101
    assert run.stderr == "[mesh] panic: division by zero at main.mpl:4\n"
