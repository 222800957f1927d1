"""Appends blocks and instructions to a MIR function under construction.

Blocks are appended to the function when they are *started* (not when
created), so the block order follows the order code is written in; a temp is
therefore always emitted before any block that uses it.
"""

from __future__ import annotations

from mesh_types.types import Type

from . import mir


class MirBuilder:
    def __init__(self, fn: mir.Function) -> None:
        self.fn = fn
        self.current: mir.Block | None = None
        self._next_id = 0
        self._labels: dict[str, int] = {}

    # -- locals
    def temp(self, ty: Type, name: str = "t") -> mir.Local:
        return self._local(name, ty, is_var=False)

    def var(self, ty: Type, name: str) -> mir.Local:
        return self._local(name, ty, is_var=True)

    def _local(self, name: str, ty: Type, is_var: bool) -> mir.Local:
        self._next_id += 1
        return mir.Local(self._next_id, name, ty, is_var)

    # -- blocks
    def block(self, hint: str) -> mir.Block:
        n = self._labels.get(hint, 0)
        self._labels[hint] = n + 1
        return mir.Block(hint if n == 0 else f"{hint}.{n}")

    def start(self, block: mir.Block) -> None:
        self.fn.blocks.append(block)
        self.current = block

    @property
    def reachable(self) -> bool:
        """False right after a terminator: code written now would be dead."""
        return self.current is not None

    # -- code
    def emit(self, instr: mir.Instr) -> None:
        if self.current is None:          # dead code after return/panic
            self.start(self.block("dead"))
        self.current.instrs.append(instr)

    def terminate(self, term: mir.Terminator) -> None:
        if self.current is None:
            self.start(self.block("dead"))
        self.current.term = term
        self.current = None

    def goto(self, target: mir.Block, loc: mir.Loc | None = None) -> None:
        self.terminate(mir.Goto(loc, target))
