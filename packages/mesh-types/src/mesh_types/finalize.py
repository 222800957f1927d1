"""Resolving the types of a checked definition's HIR (after generalisation).

Every ``.ty`` (and binding type, and ``FnRef.type_args``) is replaced by its
resolved form: bound variables are followed, generalised ones are already
linked to their ``TParam``.  A variable still unbound is local to the body
and is defaulted to ``Int`` (spec 03 §4.6) -- unless ``Int`` does not meet its
constraints, which is E0048.  Deferred method calls are replaced by what they
resolved to.
"""

from __future__ import annotations

import dataclasses

from mesh_syntax.diagnostics import Span

from . import errors, hir
from .interfaces import requirement
from .types import ERROR, INT, TCon, TFun, TTuple, TVar, Type, prune


def _int_satisfies(constraints: set[str]) -> bool:
    return all(requirement(INT, c)[0] for c in constraints)


class Finalizer:
    def __init__(self, file: str, report, deferred_cls) -> None:
        self.file = file
        self.report = report
        self.deferred_cls = deferred_cls
        self.failed_vars: set[int] = set()
        self.seen: set[int] = set()

    # ------------------------------------------------------------ types

    def ty(self, t: Type, span: Span) -> Type:
        t = prune(t)
        if isinstance(t, TVar):
            if _int_satisfies(t.constraints):
                t.link = INT
                return INT
            if t.id not in self.failed_vars:
                self.failed_vars.add(t.id)
                self.report(errors.annotation_needed(self.file, span, "this expression"))
            t.link = ERROR
            return ERROR
        if isinstance(t, TCon):
            return TCon(t.name, tuple(self.ty(a, span) for a in t.args)) if t.args else t
        if isinstance(t, TFun):
            return TFun(tuple(self.ty(p, span) for p in t.params), self.ty(t.ret, span))
        if isinstance(t, TTuple):
            return TTuple(tuple(self.ty(e, span) for e in t.elems))
        return t

    # ------------------------------------------------------------ nodes

    def fn(self, f: hir.FnDef) -> None:
        for p in f.params:
            self.node(p.binding)
        f.ret = self.ty(f.ret, f.span)
        f.body = self.node(f.body)

    def node(self, obj):
        """Resolve ``obj`` in place; returns the node to keep (deferred calls
        are replaced by their resolution)."""
        if isinstance(obj, self.deferred_cls):
            return self.node(obj.resolved) if obj.resolved is not None else obj
        if id(obj) in self.seen:
            return obj
        self.seen.add(id(obj))
        span = getattr(obj, "span", Span(0, 0))
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, Type):
                setattr(obj, f.name, self.ty(value, span))
            elif isinstance(value, list):
                setattr(obj, f.name, [self._item(v, span) for v in value])
            elif _is_hir(value):
                setattr(obj, f.name, self.node(value))
        return obj

    def _item(self, v, span: Span):
        if isinstance(v, Type):
            return self.ty(v, span)
        if _is_hir(v):
            return self.node(v)
        return v


_HIR_NODES = (hir.Expr, hir.Pattern, hir.Let, hir.ExprStmt, hir.Arm, hir.Binding, hir.Param)


def _is_hir(value) -> bool:
    return isinstance(value, _HIR_NODES)
