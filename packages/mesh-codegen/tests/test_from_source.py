"""Mesh source through the real front end (``mesh_types.check``) and codegen: a differential
check that the HIR the type checker produces is the HIR codegen expects."""

from __future__ import annotations

import pytest
from mesh_types import SourceFile, check

pytestmark = pytest.mark.e2e

DATA = """\
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

type Shape do
  Circle(Float)
  Dot
end deriving(Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Dot -> 0.0
  end
end

fn main() do
  let p = Point { y: 2, x: 1 }
  let q = %{p | y: 5}
  println("${p} ${q.y} ${p == q} ${Circle(1.5)} ${Dot} ${area(Circle(2.0))}")
  println(p.inspect())
  println("${Some((1, "a"))} ${[Some(:ok), None]}")
end
"""

CONTROL = """\
fn digit(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn sum_two(a :: String, b :: String) -> Int!String do
  Ok(digit(a)? + digit(b)?)
end

fn classify(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    _ :: [] -> "one"
    a :: b :: _ when a > b -> "falling"
    _ -> "many"
  end
end

fn main() do
  let rate = 2
  let scale = fn v -> v * rate end
  let rate = 10
  println("${scale(5)} ${rate}")
  let picked = for n in 1..20 when n % 3 == 0 do
    if n > 12 do break end
    if n == 6 do continue end
    n * n
  end
  println("${picked}")
  let sum = for {k, v} in %{"a" => 1, "b" => 2} do "${k}${v}" end
  println(String.join(sum, "+"))
  println(classify([]) <> " " <> classify([4]) <> " " <> classify([5, 2, 8]) <> " " <> classify([1, 9]))
  case sum_two("4", "x") do
    Ok(n) -> println("${n}")
    Err(f) -> println("bad ${f}")
  end
  println("${Map.get(%{"a" => 1}, "zzz")} ${List.map([1, 2], fn x -> x + 1 end)}")
  println("${Option.unwrap_or(None, 7)} ${Result.map(sum_two("4", "4"), fn x -> x * 10 end)}")
end
"""


def build(source: str):
    result = check([SourceFile("main.mpl", source, "Main")])
    assert result.ok, [d.message for d in result.diagnostics]
    return result.program


@pytest.mark.parametrize("source, expected", [
    (DATA, ["Point(1, 2) 5 false Circle(1.5) Dot 12", "Point { x: 1, y: 2 }", "Some((1, a)) [Some(ok), None]"]),
    (CONTROL, ["10 10", "[9, 81, 144]", "a1+b2", "empty one falling many", "bad x", "0 [2, 3]", "7 Ok(80)"]),
], ids=["data", "control"])
def test_programs_through_the_type_checker(run_program, source, expected):
    run = run_program(build(source), opt_level=2)
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout.splitlines() == expected
