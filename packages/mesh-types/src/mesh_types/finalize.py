"""Resolving the types of a checked definition's HIR (after generalisation).

Every ``.ty`` (and binding type, and ``FnRef.type_args``) is replaced by its
resolved form: bound variables are followed, generalised ones are already
linked to their ``TParam``.  A variable still unbound is local to the body
and is defaulted to ``Int`` (spec 03 §4.6) -- unless ``Int`` does not meet its
constraints, or it is the type of a `default()` without context: E0048.  Deferred method calls are replaced by what they
resolved to.
"""

from __future__ import annotations

import dataclasses

from mesh_syntax.diagnostics import Span

from . import errors, hir
from .infer.closures import PolyUse
from .infer.operators import user_operator
from .interfaces import requirement
from .types import (
    ERROR,
    INT,
    UNIT,
    TCon,
    TFun,
    TTuple,
    TVar,
    Type,
    prune,
    substitute,
)


def _int_satisfies(constraints: set[str]) -> bool:
    # `Default` comes only from `default()`, whose type must come from its
    # context: it is never defaulted (spec 03 §4.6)
    return "Default" not in constraints and all(requirement(INT, c)[0] for c in constraints)


class Finalizer:
    def __init__(self, file: str, report, deferred_cls, checker=None) -> None:
        self.file = file
        self.report = report
        self.deferred_cls = deferred_cls
        self.failed_vars: set[int] = set()
        self.seen: set[int] = set()
        self.checker = checker  # for polymorphic local closures (fresh binding ids)

    # ------------------------------------------------------------ types

    def ty(self, t: Type, span: Span) -> Type:
        t = prune(t)
        if isinstance(t, TVar):
            if _int_satisfies(t.constraints):
                t.link = INT
                return INT
            if t.id not in self.failed_vars:
                self.failed_vars.add(t.id)
                if "Default" in t.constraints:
                    self.report(errors.annotation_needed(
                        self.file, span, "`default()`", None,
                        "say which type's default is meant, e.g. `let n :: Int = default()`"))
                else:
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
        if isinstance(obj, PolyUse):
            span = obj.span
            mapping = {pid: self.ty(v, span) for pid, v in obj.mapping.items()}
            return self.node(copy_lambda(obj.lambda_, mapping, self.checker.program.next_id))
        if isinstance(obj, hir.Let) and isinstance(obj.pattern, hir.PBind) and \
                self.checker is not None and obj.pattern.binding.id in self.checker.poly_lets:
            return hir.ExprStmt(hir.UnitLit(UNIT, obj.span), obj.span)
        if id(obj) in self.seen:
            return obj
        self.seen.add(id(obj))
        span = getattr(obj, "span", Span(0, 0))
        for name in _field_names(type(obj)):
            value = getattr(obj, name)
            if isinstance(value, Type):
                setattr(obj, name, self.ty(value, span))
            elif isinstance(value, list):
                setattr(obj, name, [self._item(v, span) for v in value])
            elif _is_hir(value):
                setattr(obj, name, self.node(value))
        if isinstance(obj, (hir.Binary, hir.Unary)):
            return user_operator(obj)
        return obj

    def _item(self, v, span: Span):
        if isinstance(v, Type):
            return self.ty(v, span)
        if _is_hir(v) or isinstance(v, (self.deferred_cls, PolyUse)):
            return self.node(v)
        if isinstance(v, tuple):
            return tuple(self._item(x, span) for x in v)
        return v


def copy_lambda(lam: hir.Lambda, mapping: dict[int, Type], next_id) -> hir.Lambda:
    """A fresh copy of a closure's HIR at one instantiation: its type
    parameters substituted, the bindings it defines renewed."""
    defined: set[int] = set()
    stack = [lam]
    while stack:
        n = stack.pop()
        if isinstance(n, (hir.Param, hir.PBind, hir.PAs)):
            defined.add(n.binding.id)
        if _is_hir(n):
            for f in dataclasses.fields(n):
                v = getattr(n, f.name)
                for item in (v if isinstance(v, list) else [v]):
                    if _is_hir(item):
                        stack.append(item)
    renewed: dict[int, hir.Binding] = {}

    def binding(b: hir.Binding) -> hir.Binding:
        if b.id not in defined:
            return b
        if b.id not in renewed:
            renewed[b.id] = hir.Binding(next_id(), b.name, substitute(b.ty, mapping), b.span)
        return renewed[b.id]

    def copy(v):
        if isinstance(v, hir.Binding):
            return binding(v)
        if isinstance(v, Type):
            return substitute(v, mapping)
        if isinstance(v, list):
            return [copy(x) for x in v]
        if isinstance(v, tuple):
            return tuple(copy(x) for x in v)
        if isinstance(v, dict):
            return {k: copy(x) for k, x in v.items()}
        if _is_hir(v) or isinstance(v, PolyUse):
            kwargs = {f.name: copy(getattr(v, f.name)) for f in dataclasses.fields(v)}
            return type(v)(**kwargs)
        return v

    return copy(lam)


_HIR_NODES = (hir.Expr, hir.Pattern, hir.Let, hir.ExprStmt, hir.Arm, hir.Binding, hir.Param)

# dataclasses.fields() per node was the top entry of this walk's profile
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _is_hir(value) -> bool:
    return isinstance(value, _HIR_NODES)
