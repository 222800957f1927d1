"""The optimised code has the shape the performance work relies on (no timings here: the
figures are in the package README).  Each check names the overhead it guards against."""

from __future__ import annotations

import re

import pytest
from mesh_types import SourceFile, check

from mesh_codegen import emit_ir
from mesh_codegen.runtime_abi import declared

FIB = """\
fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn main() do
  println("${fib(30)}")
end
"""

LISTS = """\
fn total(xs :: List<Int>, i :: Int, acc :: Int) -> Int do
  if i >= List.length(xs) do
    acc
  else
    total(xs, i + 1, acc + List.get(xs, i))
  end
end

fn pairs(n :: Int) -> List<(Int, Int)> do
  for i in 0..n do (i, i + 1) end
end

fn main() do
  println("${total([1, 2, 3], 0, 0)} ${List.length(pairs(10))}")
end
"""


def optimised(source: str) -> str:
    result = check([SourceFile("main.mpl", source, "Main")])
    assert result.ok, [d.message for d in result.diagnostics]
    return emit_ir(result.program, opt_level=2)


def body(text: str, name: str) -> str:
    match = re.search(r"^define [^\n]*@\"?" + re.escape(name) + r"\"?\(.*?^}", text, re.M | re.S)
    return match.group(0) if match else ""


def calls(fn_text: str) -> set[str]:
    return set(re.findall(r"call [^@]*@\"?([\w.$<>,()]+)\"?\(", fn_text))


def test_fib_is_plain_integer_code_with_only_the_preemption_poll():
    """No boxing, no allocation, no runtime call but the (cold) yield; the poll is a relaxed
    load and a branch, not a counter store."""
    text = optimised(FIB)
    fib = body(text, "mesh.fib") or body(text, "mesh_main_entry")
    assert fib, text
    assert calls(fib) <= {"mesh.fib", "mesh_rt_preempt_yield"}
    assert "alloca" not in fib and "store" not in fib
    if declared("mesh_rt_preempt_flag"):
        assert re.search(r"load atomic i8, ptr @mesh_rt_preempt_flag monotonic", fib)
        assert "!prof" in fib        # the yield branch is expected not taken


def test_list_access_is_inline_and_allocation_uses_the_bump_fast_path():
    text = optimised(LISTS)
    assert "mesh_rt_list_get" not in text and "mesh_rt_list_length" not in text
    if declared("mesh_rt_current_heap"):
        assert re.search(r"@mesh_rt_current_heap = external thread_local\(initialexec\)", text)
        assert "call ptr @mesh.alloc" not in text          # inlined into the loop


@pytest.mark.parametrize("level", [0, 2])
def test_immutable_loads_are_marked_invariant(level):
    result = check([SourceFile("main.mpl", LISTS, "Main")])
    text = emit_ir(result.program, opt_level=level)
    assert "!invariant.load" in text
