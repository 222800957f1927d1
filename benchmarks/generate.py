"""Generated sources for the compile-time benchmarks.

* :func:`chain_program` -- one file of about ``lines`` lines in Mesh, and the same
  program in C (for `clang` as the compile-time reference): small integer
  functions, each calling one of the two before it, so nothing is dead code.
* :func:`write_project` -- a project of ``modules`` modules and about ``lines``
  lines for `mesh check`: structs, sum types, pattern matching, closures over
  lists, string interpolation, each module importing the previous one.

Both are deterministic, so two runs time the same text.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path


def _callee(k: int, mesh: bool) -> str:
    """The call at the heart of function k: to k-1, or to k-2 when ``b % 3 == 0``.

    Two callers per function (not a chain of single-caller functions, which LLVM
    would inline whole into one huge body) and one call per run, so the
    program runs in time linear in its length."""
    if k == 0:
        return "b % 997"
    near = f"f{k - 1}(b % 1000, y + {k % 7 + 1})"
    if k == 1:
        return near
    far = f"f{k - 2}(b % 1000, y + 1)"
    if mesh:
        return f"if b % 3 == 0 do {far} else {near} end"
    return f"b % 3 == 0 ? {far} : {near}"


def _mesh_function(k: int) -> list[str]:
    """Mesh text of function k, in two alternating shapes."""
    if k % 2 == 0:
        return [
            f"fn f{k}(x :: Int, y :: Int) -> Int do",
            f"  let a = x * {k % 5 + 2} + y % {k % 11 + 3}",
            "  let b = if a % 2 == 0 do a / 2 else a * 3 + 1 end",
            f"  let c = {_callee(k, True)}",
            f"  if c > {k % 400 + 100} do",
            "    c - a % 100",
            "  else",
            "    c + b % 100",
            "  end",
            "end",
        ]
    return [
        f"fn f{k}(x :: Int, y :: Int) -> Int do",
        f"  let a = x + y * {k % 3 + 1}",
        "  let b = case a % 4 do",
        "    0 -> a + 1",
        "    1 -> a * 2",
        "    _ -> a + 7",
        "  end",
        f"  let c = {_callee(k, True)}",
        "  c + a % 10",
        "end",
    ]


# What a Mesh function does on entry (spec: preemption checks in every function):
# load a flag another thread may set, and call the scheduler when it is set.
# The C twin can do the same so that both compilers optimise the same work;
# the yield function is opaque to the optimiser, as the runtime's is to Mesh code.
_C_PREEMPTION = [
    "char preempt_flag; /* set by a timer in Mesh's runtime; never here */",
    "__attribute__((noinline)) void preempt_yield(void) { __asm__ volatile(\"\" ::: \"memory\"); }",
    "",
]
_C_CHECK = "    if (__builtin_expect(__atomic_load_n(&preempt_flag, __ATOMIC_RELAXED) != 0, 0)) preempt_yield();"


def _c_function(k: int, checks: bool) -> list[str]:
    """The same function as :func:`_mesh_function`, in C."""
    head = [f"static long f{k}(long x, long y) {{", *([_C_CHECK] if checks else [])]
    if k % 2 == 0:
        return [
            *head,
            f"    long a = x * {k % 5 + 2} + y % {k % 11 + 3};",
            "    long b = a % 2 == 0 ? a / 2 : a * 3 + 1;",
            f"    long c = {_callee(k, False)};",
            f"    return c > {k % 400 + 100} ? c - a % 100 : c + b % 100;",
            "}",
        ]
    return [
        *head,
        f"    long a = x + y * {k % 3 + 1};",
        "    long b;",
        "    switch (a % 4) {",
        "    case 0: b = a + 1; break;",
        "    case 1: b = a * 2; break;",
        "    default: b = a + 7; break;",
        "    }",
        f"    long c = {_callee(k, False)};",
        "    return c + a % 10;",
        "}",
    ]


def _function_count(lines: int) -> int:
    count, total = 0, 2
    while total < lines - 5:
        total += len(_mesh_function(count)) + 1
        count += 1
    return count


def chain_program(lines: int) -> str:
    """Mesh source of a program of about ``lines`` lines."""
    n = _function_count(lines)
    mesh = ["# Generated for the compile-time benchmark: small integer functions.", ""]
    for k in range(n):
        mesh += [*_mesh_function(k), ""]
    mesh += ["fn main() do", f'  println("${{f{n - 1}(7, 1)}}")', "end"]
    return "\n".join(mesh) + "\n"


def chain_program_c(lines: int, preemption_checks: bool) -> str:
    """The C twin of :func:`chain_program`, optionally with Mesh's preemption checks."""
    n = _function_count(lines)
    c = ["/* Generated: the C twin of the Mesh compile-time benchmark. */", "#include <stdio.h>", ""]
    if preemption_checks:
        c += _C_PREEMPTION
    for k in range(n):
        c += [*_c_function(k, preemption_checks), ""]
    c += ["int main(void) {", f'    printf("%ld\\n", f{n - 1}(7, 1));', "    return 0;", "}"]
    return "\n".join(c) + "\n"


# ------------------------------------------------------------------ project

def _file_stem(k: int) -> str:
    return f"stage_{chr(ord('a') + k // 26)}{chr(ord('a') + k % 26)}"


def _import_name(k: int) -> str:
    """The module name `mesh` derives from the file name (snake_case -> CamelCase)."""
    return "".join(part.capitalize() for part in _file_stem(k).split("_"))


def _module_header(k: int) -> list[str]:
    lines = []
    if k:
        lines += [f"import {_import_name(k - 1)}", ""]
    lines += [
        f"pub struct Item{k} do",
        "  id :: Int",
        "  name :: String",
        "  weight :: Float",
        "end deriving(Eq, Display)",
        "",
        f"pub type Event{k} do",
        "  Created(Int)",
        "  Renamed(String)",
        "  Weighed(Float)",
        "  Closed",
        "end",
        "",
        "pub fn base(n :: Int) -> Int do",
        f"  let below = {f'{_import_name(k - 1)}.base(n + 1)' if k else 'n * 2'}",
        f"  below % 1000 + {k}",
        "end",
        "",
    ]
    return lines


def _module_group(k: int, j: int) -> list[str]:
    """About 30 lines: a matcher, a list pipeline and a record builder."""
    return [
        f"pub fn describe_{j}(e :: Event{k}) -> String do",
        "  case e do",
        f'    Created(n) -> "created ${{n + {j}}}"',
        '    Renamed(s) -> "renamed " <> s',
        '    Weighed(w) -> "weighed ${w}"',
        '    Closed -> "closed"',
        "  end",
        "end",
        "",
        f"pub fn score_{j}(items :: List<Item{k}>, bias :: Int) -> Int do",
        "  let ids = List.map(items, fn it -> it.id + bias end)",
        f"  let kept = List.filter(ids, fn n -> n % {j % 5 + 2} != 0 end)",
        "  List.reduce(kept, base(bias), fn acc, n -> acc + n end)",
        "end",
        "",
        f"pub fn make_{j}(n :: Int) -> List<Item{k}> do",
        f'  for i in 0..n do Item{k} {{ id: i * {j + 1}, name: "item${{i}}", weight: Int.to_float(i) / 2.0 }} end',
        "end",
        "",
        f"fn label_{j}(item :: Item{k}, events :: List<Event{k}>) -> String do",
        f"  let parts = List.map(events, describe_{j})",
        '  let heavy = if item.weight > 10.0 do "heavy" else "light" end',
        '  "${item.name} (${heavy}): " <> String.join(parts, ", ")',
        "end",
        "",
        f"pub fn report_{j}(n :: Int) -> String do",
        f"  let items = make_{j}(n)",
        f'  let events = [Created(n), Renamed("r{j}"), Weighed(1.5), Closed]',
        f'  "${{score_{j}(items, n)}} " <> label_{j}(Item{k} {{ id: n, name: "x", weight: 3.0 }}, events)',
        "end",
        "",
    ]


def write_project(root: Path, modules: int, lines: int) -> int:
    """Write the project under ``root``; return its total number of lines."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mesh.toml").write_text(
        '[package]\nname = "check_bench"\nversion = "0.1.0"\n\n[dependencies]\n')
    total = 0
    for k in range(modules):
        text = _module_header(k)
        j = 0
        # add groups while that brings the running total closer to its share
        goal = (k + 1) * lines // modules - total
        while abs(goal - len(text) - len(_module_group(k, j))) < abs(goal - len(text)):
            text += _module_group(k, j)
            j += 1
        (root / f"{_file_stem(k)}.mpl").write_text("\n".join(text) + "\n")
        total += len(text)
    last = _import_name(modules - 1)
    main = [f"import {last}", "", "fn main() do",
            f"  println({last}.report_0(3))", f'  println("${{{last}.base(1)}}")', "end"]
    (root / "main.mpl").write_text("\n".join(main) + "\n")
    return total + len(main)


def touch_module(path: Path) -> None:
    """Edit a function body of a generated module (its interface stays the same).

    Used between timed `mesh check` runs: each run then re-checks one module."""
    text = path.read_text()
    token = f"closed {time.monotonic_ns()}"
    path.write_text(re.sub(r'Closed -> "closed[^"]*"', f'Closed -> "{token}"', text, count=1))


if __name__ == "__main__":
    # `python generate.py touch FILE`: the `prepare` step of the check_edited benchmark
    if len(sys.argv) == 3 and sys.argv[1] == "touch":
        touch_module(Path(sys.argv[2]))
    else:
        sys.exit("usage: generate.py touch MODULE.mpl")
