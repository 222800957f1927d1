"""Closures (spec 02 §4.8, 03 §4.5, §4.3): parameter types flowing in from
the expected function type, captures, multi-clause closures lowered to a
`case`, and let-polymorphism of closures bound by `let`.

Captures: every binding records the closure depth it was created at; a
reference from deeper inside adds the binding to the capture list of each
closure in between (in order of first use, a stable order).

Polymorphic local closures (HIR shape): codegen monomorphises only
top-level functions, so a generalised `let f = fn ... end` does not reach
the HIR as a generic binding.  Each use becomes a :class:`PolyUse` that
finalisation replaces by a fresh copy of the closure at the use's
instantiation (creating a closure has no effects and its captures are
immutable, so this is the same program); the `let` itself disappears.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_syntax import ast
from mesh_syntax.diagnostics import Label

from .. import hir
from ..types import TFun, TTuple, Type, prune
from .patterns import PLAIN_PATTERNS


@dataclass(eq=False)
class ClosureFrame:
    ret: Type
    captures: list = field(default_factory=list)
    seen: set = field(default_factory=set)


@dataclass(eq=False, slots=True)
class PolyUse(hir.Expr):
    """A use of a generalised local closure; replaced during finalisation."""

    binding: hir.Binding | None = None
    lambda_: hir.Lambda | None = None
    mapping: dict | None = None


class ClosureRules:
    def e_CLOSURE_EXPR(self, node, expected: Type | None = None) -> hir.Expr:
        clauses = node.clauses()
        if not clauses:
            return self.error_expr(node.span)
        n = len(clauses[0].params())
        exp = prune(expected) if expected is not None else None
        if isinstance(exp, TFun) and len(exp.params) == n:
            types = list(exp.params)
            ret: Type = self.u.fresh()
        else:
            types = [self.u.fresh() for _ in range(n)]
            ret = self.u.fresh()
        frame = ClosureFrame(ret)
        self.closures.append(frame)
        try:
            simple = len(clauses) == 1 and clauses[0].guard() is None and all(
                isinstance(p.pattern(), PLAIN_PATTERNS) for p in clauses[0].params())
            if simple:
                params, body = self.closure_simple(clauses[0], types, ret)
            else:
                params, body = self.closure_clauses(node, clauses, types, ret)
        finally:
            self.closures.pop()
        ty = TFun(tuple(types), ret)
        return hir.Lambda(ty, node.span, params, body, frame.captures)

    def closure_simple(self, clause, types, ret):
        self.push_scope()
        try:
            params = []
            for p, t in zip(clause.params(), types):
                self.annotate_param(p, t)
                name = p.name() or "_"
                b = self.new_binding(name, t, p.span)
                if name != "_":
                    self.scope.names[name] = b
                params.append(hir.Param(b))
            body = self.closure_body(clause, ret)
        finally:
            self.pop_scope()
        return params, body

    def annotate_param(self, p, t: Type) -> None:
        ann = p.type_ann()
        if ann is not None:
            declared = self.program.types.lower(self, ann)
            self.unify_at(ann.span, declared, t,
                          Label(ann.span, "expected `{expected}` because of this annotation"))

    def closure_body(self, clause, ret: Type) -> hir.Expr:
        body_node = clause.body()
        if body_node is None:
            return self.error_expr(clause.span)
        body = self.infer(body_node)
        self.unify_at(self.tail_span(body), ret, body.ty)
        return body

    def closure_clauses(self, node, clauses, types, ret):
        """Several clauses or pattern parameters: a `case` over the parameters."""
        span = node.span
        params = [hir.Param(self.new_binding(f"arg{i}", t, span)) for i, t in enumerate(types)]
        refs = [hir.LocalRef(p.binding.ty, span, p.binding) for p in params]
        scrutinee = refs[0] if len(refs) == 1 else hir.Tuple(TTuple(tuple(types)), span, refs)
        errors_before = self.error_count
        arms, abstract = [], []
        from ..exhaustiveness import Ctor
        for clause in clauses:
            if len(clause.params()) != len(types):
                from .. import errors
                self.report(errors.wrong_arity(self.file, clause.span, "this closure clause",
                                               len(types), len(clause.params())))
                continue
            self.push_scope()
            try:
                bound: dict = {}
                pats, aps = [], []
                for p, t in zip(clause.params(), types):
                    self.annotate_param(p, t)
                    pat, ap = self.pattern(p.pattern(), t, bound, None)
                    pats.append(pat)
                    aps.append(ap)
                guard = self.guard(clause.guard()) if clause.guard() is not None else None
                body = self.closure_body(clause, ret)
            finally:
                self.pop_scope()
            if len(pats) == 1:
                pattern, ap = pats[0], aps[0]
            else:
                pattern = hir.PTuple(TTuple(tuple(types)), clause.span, pats)
                ap = Ctor("(,)", tuple(aps))
            arms.append(hir.Arm(pattern, guard, body, clause.span))
            abstract.append((ap, guard is not None, clause.span))
        if self.error_count == errors_before:
            self.check_match(span, scrutinee.ty, abstract, "clause")
        return params, hir.Case(ret, span, scrutinee, arms)

    # ------------------------------------------------------------ locals

    def local_ref(self, b: hir.Binding, span) -> hir.Expr:
        self.used_bindings.add(b.id)
        poly = self.scope.poly_params(b)
        if poly is not None:
            params, lam = poly
            ty, fresh = self.u.instantiate(b.ty, params)
            for c in lam.captures:
                self.note_capture(c)
            return PolyUse(ty, span, b, lam, {p.id: v for p, v in zip(params, fresh)})
        self.note_capture(b)
        return hir.LocalRef(b.ty, span, b)

    def note_capture(self, b: hir.Binding) -> None:
        depth = self.binding_depth.get(b.id, 0)
        for frame in self.closures[depth:]:
            if b.id not in frame.seen:
                frame.seen.add(b.id)
                frame.captures.append(b)

    def generalise_local(self, binding: hir.Binding, value: hir.Expr) -> None:
        if not isinstance(value, hir.Lambda):
            return
        # a field or method access still waiting on a parameter's type must
        # be resolved by the later uses: such a closure stays monomorphic
        self.resolve_deferred(final=False)
        if self.deferred:
            return
        params = self.u.generalise([binding.ty])
        if params:
            self.scope.poly[binding.id] = (params, value)
            self.poly_lets.add(binding.id)


def is_closure(node) -> bool:
    return isinstance(node, ast.ClosureExpr)
