"""Matching one value against one pattern: tests that jump away on mismatch, then bindings.

Used for ``let`` patterns and for ``case`` arms that are not plain literals
(tuples, nested literals).  Tests run left to right, depth first, and a
wildcard is never tested, so each part of the value is examined at most once
per arm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mesh_types import hir
from mesh_types.types import BOOL, TTuple

from . import mir

if TYPE_CHECKING:
    from .lower import FunctionLowerer


def is_irrefutable(p: hir.Pattern) -> bool:
    if isinstance(p, (hir.PWild, hir.PBind)):
        return True
    if isinstance(p, hir.PLit):
        return p.value is None                       # `()` has one value
    if isinstance(p, hir.PTuple):
        return all(map(is_irrefutable, p.elems))
    return False


def match_pattern(lw: FunctionLowerer, p: hir.Pattern, value: mir.Operand,
                  fail: mir.Block | None) -> None:
    """Continue in the current block on a match; jump to ``fail`` otherwise.

    ``fail`` may be None only for an irrefutable pattern.
    """
    b = lw.b
    if isinstance(p, hir.PWild):
        return
    if isinstance(p, hir.PBind):
        b.emit(mir.Assign(lw.loc(p.span), lw.bind(p.binding), value))
        return
    if isinstance(p, hir.PLit):
        if p.value is None:
            return
        loc = lw.loc(p.span)
        cond = b.temp(BOOL, "match")
        b.emit(mir.BinOp(loc, cond, "==", value, mir.Const(p.value, value.ty), value.ty))
        ok = b.block("match.ok")
        b.terminate(mir.Branch(loc, cond, ok, fail))
        b.start(ok)
        return
    if isinstance(p, hir.PTuple) and isinstance(value.ty, TTuple):
        for index, (sub, elem_ty) in enumerate(zip(p.elems, value.ty.elems)):
            if isinstance(sub, hir.PWild):
                continue
            elem = b.temp(elem_ty, "elem")
            b.emit(mir.TupleGet(lw.loc(sub.span), elem, value, index))
            match_pattern(lw, sub, elem, fail)
        return
    raise lw.unsupported(f"`{type(p).__name__}` patterns", p)
