"""Functions with several clauses, pattern parameters or a `when` guard
(spec 02 §3.1, spec 04 §3).

Such a function is checked -- and lowered -- as one `case` over its
arguments (over the tuple of them when there are several) whose arms are
the clauses in order, so the HIR needs no node of its own: the body is a
``hir.Case`` on fresh parameter bindings.  Exhaustiveness is that of the
`case` (E0012 on the first clause), W0001 flags unreachable clauses, and a
catch-all clause followed by others is E0022.
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Diagnostic, Label

from .. import hir
from ..types import NEVER, TTuple, prune
from .patterns import PLAIN_PATTERNS


def _plain(p) -> bool:
    return p.is_self() or isinstance(p.pattern(), PLAIN_PATTERNS)


def needs_case(fn) -> bool:
    """Does ``fn`` need the clause lowering (rather than plain parameters)?"""
    if len(fn.clauses) > 1 or fn.node.guard() is not None:
        return True
    return not all(_plain(p) for p in fn.node.params())


def check_clauses(checker, fn) -> tuple[list[hir.Param], hir.Expr]:
    types = list(fn.ty.params)
    params = [hir.Param(checker.new_binding(f"arg{i}", t, fn.node.span))
              for i, t in enumerate(types)]
    refs = [hir.LocalRef(p.binding.ty, fn.node.span, p.binding) for p in params]
    if len(refs) == 1:
        scrutinee: hir.Expr = refs[0]
    else:
        scrutinee = hir.Tuple(TTuple(tuple(types)), fn.node.span, list(refs))
    errors_before = checker.error_count
    arms: list[hir.Arm] = []
    abstract = []
    origin = checker.return_origin
    for index, clause in enumerate(fn.clauses):
        checker.push_scope()
        try:
            bound: dict = {}
            pats, aps = [], []
            for p, ty in zip(clause.params(), types):
                ann = p.type_ann()
                if ann is not None and clause is not fn.node:
                    declared = checker.program.types.lower(checker, ann)
                    checker.unify_at(ann.span, ty, declared)
                pattern, ap = checker.pattern(p.pattern(), ty, bound, None)
                pats.append(pattern)
                aps.append(ap)
            guard_node = clause.guard()
            guard = checker.guard(guard_node) if guard_node is not None else None
            body_node = clause.body()
            body = checker.infer(body_node) if body_node is not None else \
                checker.error_expr(clause.span)
        finally:
            checker.pop_scope()
        checker.unify_at(checker.tail_span(body), fn.ty.ret, body.ty, origin)
        if origin is None and prune(body.ty) != NEVER:
            origin = Label(checker.tail_span(body), "this clause returns `{expected}`")
        if len(pats) == 1:
            pattern, ap = pats[0], aps[0]
        else:
            from ..exhaustiveness import Ctor
            pattern = hir.PTuple(TTuple(tuple(types)), clause.span, pats)
            ap = Ctor("(,)", tuple(aps))
        arms.append(hir.Arm(pattern, guard, body, clause.span))
        abstract.append((ap, guard is not None, clause.span))
        if (index < len(fn.clauses) - 1 and guard is None
                and all(_plain(p) for p in clause.params())):
            checker.report(Diagnostic(
                "E0022", f"catch-all clause of `{fn.name}/{len(types)}` comes before other "
                "clauses", fn.file, Label(clause.span, "this clause matches every call"),
                [Label(fn.clauses[index + 1].span, "so this clause is unreachable")],
                ["move the catch-all clause last"]))
            errors_before = -1  # exhaustiveness would only repeat it
    if checker.error_count == errors_before and not fn.broken:
        checker.check_match(fn.node.span, scrutinee.ty, abstract, "clause")
    return params, hir.Case(fn.ty.ret, fn.node.span, scrutinee, arms)
