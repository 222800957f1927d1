"""``case`` as a decision sequence: runs of literal arms become one switch.

Arms are tried in order (spec 04).  Consecutive unguarded Int/Bool literal
arms are gathered into a single ``Switch`` whose default continues with the
next arms; other arms are tested one by one.  A literal already matched by an
earlier unguarded arm can never reach a later arm, so it is not tested again;
an unguarded wildcard or binding ends the sequence.  Falling off the end is
the "no case clause matched" panic (only reachable through a checker defect).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mesh_types import hir
from mesh_types.types import BOOL

from . import mir
from .layout import kind
from .lower_pattern import is_irrefutable, match_pattern

if TYPE_CHECKING:
    from .lower import FunctionLowerer

SWITCHABLE = ("Int", "Bool")


def lower_case(lw: FunctionLowerer, e: hir.Case, on_body: Callable[[hir.Arm], bool]) -> bool:
    """Lower ``e``; ``on_body`` lowers one arm body and says whether it reaches the join."""
    scrutinee = lw.lower_expr(e.scrutinee)
    if scrutinee is None:
        return False
    return _Decision(lw, scrutinee, on_body, lw.loc(e.span)).run(e.arms)


class _Decision:
    def __init__(self, lw: FunctionLowerer, scrutinee: mir.Operand,
                 on_body: Callable[[hir.Arm], bool], loc: mir.Loc | None) -> None:
        self.lw = lw
        self.b = lw.b
        self.scrutinee = scrutinee
        self.kind = kind(scrutinee.ty)
        self.on_body = on_body
        self.loc = loc
        self.matched: set[object] = set()       # literal values an earlier arm always takes
        self.pending: list[tuple[int, mir.Block, hir.Arm]] = []
        self.reached = False

    def run(self, arms: list[hir.Arm]) -> bool:
        for arm in arms:
            if not self.arm(arm):
                break          # an irrefutable arm: nothing after it can run
        else:
            self.flush()
            self.b.terminate(mir.Panic(self.loc, "no case clause matched"))
        self.flush()
        return self.reached

    def arm(self, arm: hir.Arm) -> bool:
        """Lower one arm; False if it matches everything that reaches it."""
        p = arm.pattern
        if isinstance(p, hir.PLit) and p.value is not None:
            return self.literal_arm(arm, p)
        self.flush()
        if is_irrefutable(p) and arm.guard is None:
            match_pattern(self.lw, p, self.scrutinee, None)
            self.body(arm)
            return False
        next_arm = self.b.block("case.next")
        match_pattern(self.lw, p, self.scrutinee, next_arm)
        if arm.guard is not None:
            self.guarded(arm, on_fail=next_arm)
        else:
            self.body(arm)
        self.b.start(next_arm)
        return True

    def literal_arm(self, arm: hir.Arm, p: hir.PLit) -> bool:
        key = self.literal_key(p.value)
        if key in self.matched:
            return True                              # shadowed by an earlier arm
        if arm.guard is None and self.kind in SWITCHABLE:
            self.matched.add(key)
            self.pending.append((int(p.value), self.b.block("case.arm"), arm))
            return True
        self.flush()
        if arm.guard is None:
            self.matched.add(key)
        self.test_literal(p, arm)
        return True

    def literal_key(self, value: object) -> object:
        # True == 1 in Python; keep Bool and Int keys apart only by scrutinee kind
        return (self.kind, value)

    def test_literal(self, p: hir.PLit, arm: hir.Arm) -> None:
        cond = self.b.temp(BOOL, "match")
        const = mir.Const(p.value, self.scrutinee.ty)
        self.b.emit(mir.BinOp(self.lw.loc(p.span), cond, "==", self.scrutinee, const, self.scrutinee.ty))
        matched, next_arm = self.b.block("case.arm"), self.b.block("case.next")
        self.b.terminate(mir.Branch(self.lw.loc(p.span), cond, matched, next_arm))
        self.b.start(matched)
        if arm.guard is not None:
            self.guarded(arm, on_fail=next_arm)
        else:
            self.body(arm)
        self.b.start(next_arm)

    def guarded(self, arm: hir.Arm, on_fail: mir.Block) -> None:
        """Test the guard (the pattern's bindings are made); go to ``on_fail`` when false."""
        guard = self.lw.lower_expr(arm.guard)
        if guard is None:
            return
        body_block = self.b.block("case.guarded")
        self.b.terminate(mir.Branch(self.lw.loc(arm.guard.span), guard, body_block, on_fail))
        self.b.start(body_block)
        self.body(arm)

    def body(self, arm: hir.Arm) -> None:
        if self.on_body(arm):
            self.reached = True

    def flush(self) -> None:
        """Emit the switch for the gathered literal arms, then their bodies."""
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        default = self.b.block("case.next")
        cases = [(value, block) for value, block, _ in pending]
        self.b.terminate(mir.Switch(self.loc, self.scrutinee, cases, default))
        for _, block, arm in pending:
            self.b.start(block)
            self.body(arm)
        self.b.start(default)
