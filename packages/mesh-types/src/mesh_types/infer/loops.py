"""`while`, `for` and `break`/`continue` (spec 03 §4.1, §9.5).

`for` iterates a Range (items `Int`), List, Map (items `(K, V)`), Set, Iter
or a user type with an `Iterable` or `Iterator` impl; its value is the
list of the body's values.  `break`/`continue` must be inside a loop of the
same closure (E0032/E0033: loops do not extend into closures).
"""

from __future__ import annotations

from .. import errors, hir
from ..types import (
    BOOL,
    ERROR,
    INT,
    NEVER,
    UNIT,
    TCon,
    TParam,
    TTuple,
    TVar,
    Type,
    prune,
    substitute,
)
from .impls import find_impl

ITEM_OF = {"List": lambda a: a[0], "Set": lambda a: a[0], "Iter": lambda a: a[0],
           "Map": lambda a: TTuple((a[0], a[1])), "Range": lambda a: INT}


class LoopRules:
    def e_WHILE_EXPR(self, node) -> hir.Expr:
        cond = self.check_expr(node.cond(), BOOL, help=[("the condition of `while` must be a "
                                                        "`Bool`")])
        body = self.loop_body(node.body())
        return hir.While(UNIT, node.span, cond, body)

    def loop_body(self, block) -> hir.Expr:
        self.loops.append(len(self.closures))
        try:
            return self.infer(block) if block is not None else hir.UnitLit(UNIT, self.fn_span())
        finally:
            self.loops.pop()

    def fn_span(self):
        return self.fn.node.span if self.fn is not None else None

    def e_FOR_EXPR(self, node) -> hir.Expr:
        source = self.infer(node.iterable())
        item, iter_method, next_method = self.iteration(source)
        self.push_scope()
        try:
            pat_node = node.pattern()
            if pat_node is not None and not self.irrefutable(pat_node):
                self.report(errors.refutable_let(self.file, pat_node.span, "`for`"))
                self.pattern(pat_node, ERROR, {}, None)  # bind its names: no cascade
                pattern = hir.PWild(ERROR, pat_node.span)
            else:
                pattern, _ = self.pattern(pat_node, item, {}, None)
            flt = None
            if node.filter() is not None:
                flt = self.check_expr(node.filter(), BOOL,
                                      help=["the `when` filter of `for` must be a `Bool`"])
            body = self.loop_body(node.body())
        finally:
            self.pop_scope()
        return hir.For(TCon("List", (body.ty if prune(body.ty) != NEVER else UNIT,)), node.span,
                       pattern, source, flt, body, iter_method, next_method)

    def iteration(self, source: hir.Expr) -> tuple[Type, object, object]:
        """(item type, iter MethodRef, next MethodRef) for iterating ``source``."""
        t = prune(source.ty)
        if t == ERROR:
            return ERROR, None, None
        if isinstance(t, TVar):
            # nothing else known: the common case is a list
            self.u.unify(t, TCon("List", (self.u.fresh(),)))
            t = prune(t)
        if isinstance(t, TCon) and t.name in ITEM_OF:
            return ITEM_OF[t.name](t.args), None, None
        if isinstance(t, (TCon, TParam)):
            found = find_impl(self.program, "Iterable", t)
            if found is not None:
                impl, m = found
                item = substitute(impl.assoc.get("Item", ERROR), m)
                it = substitute(impl.assoc.get("Iter", ERROR), m)
                iter_ref = self.method_ref("Iterable", "iter", t, [], source.span)
                next_ref = None
                pit = prune(it)
                if not (isinstance(pit, TCon) and pit.name == "Iter"):
                    next_ref = self.method_ref("Iterator", "next", pit, [], source.span)
                return item, iter_ref, next_ref
            found = find_impl(self.program, "Iterator", t)
            if found is not None:
                impl, m = found
                item = substitute(impl.assoc.get("Item", ERROR), m)
                return item, None, self.method_ref("Iterator", "next", t, [], source.span)
        self.report(errors.missing_impl(self.file, source.span, t, "Iterable"))
        return ERROR, None, None

    def e_BREAK_EXPR(self, node) -> hir.Expr:
        return self.loop_jump(node, "break", hir.Break)

    def e_CONTINUE_EXPR(self, node) -> hir.Expr:
        return self.loop_jump(node, "continue", hir.Continue)

    def loop_jump(self, node, keyword: str, cls) -> hir.Expr:
        if self.loops and self.loops[-1] == len(self.closures):
            return cls(NEVER, node.span)
        self.report(errors.outside_loop(self.file, node.span, keyword, bool(self.loops)))
        return self.error_expr(node.span)

