"""The preemption check placed at function entries and loop back-edges (``mir.SafePoint``).

The architecture asks for a load of a per-worker flag and a predictable
branch, calling the runtime's yield function when the flag is set -- no
counter is stored.  The ABI (mesh_rt.h "preemption"):

    extern volatile int8_t mesh_rt_preempt_flag;   // set by the scheduler's timer
    void mesh_rt_preempt_yield(void);              // clears it and yields

The check is emitted when the installed runtime library defines both (a
library without them gets no check).  A named function that calls nothing and
has no loop (``runs_in_bounded_time``) gets no entry check: every unbounded
run needs a loop (checked at its head) or a call cycle (whose functions all
call, so all keep their check).  Closure bodies keep theirs, since library
loops such as ``List.map`` call them; when the scheduler arrives, those
library loops must poll the flag themselves for named functions passed as
values.  Measured: with the check, naive
``fib`` compiles to the same machine code as the C version with the same
check built by clang -O2 (package README, "Performance").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir

from mesh_types.types import TFun, prune

from . import mir
from .layout import I1, I8, VOID
from .runtime_abi import declared

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

FLAG = "mesh_rt_preempt_flag"
YIELD = "mesh_rt_preempt_yield"


class Preemption:
    def __init__(self, module: ir.Module) -> None:
        self.module = module
        self.enabled = declared(FLAG) and declared(YIELD)
        self._flag: ir.GlobalVariable | None = None
        self._yield: ir.Function | None = None

    def check(self, fe: FunctionEmitter) -> None:
        if not self.enabled:
            return
        if self._flag is None:
            self._flag = ir.GlobalVariable(self.module, I8, FLAG)
            self._yield = ir.Function(self.module, ir.FunctionType(VOID, []), YIELD)
        b = fe.builder
        # a relaxed atomic load: another thread sets the flag, so it must not be hoisted out of loops
        flag = b.load_atomic(self._flag, ordering="monotonic", align=1, typ=I8, name="preempt")
        set_ = b.icmp_unsigned("!=", flag, ir.Constant(I8, 0))
        expect = b.call(fe.runtime.fn("llvm.expect.i1"), [set_, ir.Constant(I1, 0)])
        slow, cont = fe.llfn.append_basic_block("preempt"), fe.llfn.append_basic_block("run")
        b.cbranch(expect, slow, cont)
        b.position_at_end(slow)
        b.call(self._yield, [])
        b.branch(cont)
        b.position_at_end(cont)


def runs_in_bounded_time(fn: mir.Function) -> bool:
    """True when ``fn`` makes no call (direct, indirect, library call given a
    function value, iterator pull), has no loop (a safe point besides the
    entry one) and no self tail call (a jump back to the entry block)."""
    entry = fn.blocks[0]
    for block in fn.blocks:
        for i, ins in enumerate(block.instrs):
            if isinstance(ins, (mir.Call, mir.CallIndirect, mir.IterNext)):
                return False
            if isinstance(ins, mir.SafePoint) and not (block is entry and i == 0):
                return False
            if isinstance(ins, mir.CallBuiltin) and any(
                    isinstance(prune(a.ty), TFun) for a in ins.args):
                return False
        if entry in _successors(block.term):
            return False
    return True


def _successors(term) -> list:
    if isinstance(term, mir.Goto):
        return [term.target]
    if isinstance(term, mir.Branch):
        return [term.then, term.else_]
    if isinstance(term, mir.Switch):
        return [b for _, b in term.cases] + [term.default]
    return []
