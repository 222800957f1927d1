"""Inference rules for literals, names, blocks, `let`, `if`, `return` and
string interpolation (spec 03 §4.1)."""

from __future__ import annotations

from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..suggest import closest
from ..types import BOOL, ERROR, FLOAT, INT, NEVER, STRING, UNIT, TTuple, Type, prune
from .literals import float_in_range, int_in_range


class ExpressionRules:
    # ------------------------------------------------------------ dispatch

    def infer(self, node) -> hir.Expr:
        """The HIR of expression ``node`` with its (possibly open) type."""
        if node is None:
            # a part the parser could not read: already reported as P0001
            return hir.UnitLit(ERROR, Span(0, 0))
        kind = node.syntax.kind.name
        rule = getattr(self, "e_" + kind, None)
        if rule is None:
            return self.unsupported(node)
        expr = rule(node)
        self.program.record_type(self.file, expr)
        return expr

    def check_expr(self, node, expected: Type, origin: Label | None = None,
                   help: list[str] | None = None) -> hir.Expr:
        return self.expect(self.infer(node), expected, origin, help)

    def unsupported(self, node) -> hir.Expr:
        kind = node.syntax.kind.name.lower().replace("_", " ")
        self.report(errors.unsupported(self.file, node.span, kind))
        return self.error_expr(node.span)

    # ------------------------------------------------------------ literals

    def e_INT_LIT(self, node, negated: bool = False) -> hir.Expr:
        value = node.value()
        if value is None:
            return self.error_expr(node.span)
        if not int_in_range(value, negated):
            self.report(errors.int_out_of_range(self.file, node.span, node.syntax.text()))
            return hir.IntLit(ERROR, node.span, 0)
        return hir.IntLit(INT, node.span, value)

    def e_FLOAT_LIT(self, node) -> hir.Expr:
        value = node.value()
        if value is None:
            return self.error_expr(node.span)
        if not float_in_range(value):
            self.report(errors.float_out_of_range(self.file, node.span, node.syntax.text()))
            return hir.FloatLit(ERROR, node.span, 0.0)
        return hir.FloatLit(FLOAT, node.span, value)

    def e_BOOL_LIT(self, node) -> hir.Expr:
        return hir.BoolLit(BOOL, node.span, node.value())

    def e_NIL_LIT(self, node) -> hir.Expr:
        return hir.UnitLit(UNIT, node.span)

    e_UNIT_EXPR = e_NIL_LIT

    def e_STRING_LIT(self, node) -> hir.Expr:
        parts: list[hir.Expr] = []
        interpolated = False
        for part in node.parts():
            if isinstance(part, str):
                parts.append(hir.StrLit(STRING, node.span, part))
                continue
            interpolated = True
            if part is None:
                continue
            value = self.infer(part)
            m = self.u.require(value.ty, "Display")
            if m is not None:
                self.report(errors.missing_impl(self.file, value.span, m.left, "Display"))
            parts.append(value)
        if not interpolated:
            text = "".join(p.value for p in parts)
            return hir.StrLit(STRING, node.span, text)
        return hir.Interp(STRING, node.span, parts)

    # ------------------------------------------------------------ grouping

    def e_PAREN_EXPR(self, node) -> hir.Expr:
        inner = self.infer(node.expr())
        return inner

    def e_TUPLE_EXPR(self, node) -> hir.Expr:
        elems = [self.infer(e) for e in node.elements()]
        return hir.Tuple(TTuple(tuple(e.ty for e in elems)), node.span, elems)

    # ------------------------------------------------------------ names

    def e_NAME_REF(self, node) -> hir.Expr:
        name = node.name()
        span = node.span
        if name == "_":
            self.report(errors.underscore_value(self.file, span))
            return self.error_expr(span)
        binding = self.scope.lookup(name)
        if binding is not None:
            return hir.LocalRef(binding.ty, span, binding)
        ref = self.function_ref(name, span)
        if ref is not None:
            return ref
        self.report_unknown_name(name, span)
        return self.error_expr(span)

    def report_unknown_name(self, name: str, span: Span) -> None:
        candidates = self.scope.visible_names() | set(self.module.functions) \
            | set(self.module.imported) | set(self.program.prelude_names())
        self.report(errors.unknown_name(self.file, span, name, closest(name, candidates)))

    # ------------------------------------------------------------ blocks

    def e_BLOCK(self, node) -> hir.Expr:
        self.push_scope()
        try:
            return self.block_body(node)
        finally:
            self.pop_scope()

    def block_body(self, node) -> hir.Expr:
        stmts: list[hir.Stmt] = []
        result: hir.Expr | None = None
        items = list(node.statements())
        for i, stmt in enumerate(items):
            last = i == len(items) - 1
            if stmt.syntax.kind.name == "LET_STMT":
                stmts.append(self.let_stmt(stmt))
                continue
            expr = self.infer(stmt)
            if last:
                result = expr
            else:
                stmts.append(hir.ExprStmt(expr, expr.span))
        ty = result.ty if result is not None else UNIT
        return hir.Block(ty, node.span, stmts, result)

    def e_DO_EXPR(self, node) -> hir.Expr:
        return self.e_BLOCK(node.block())

    def let_stmt(self, node) -> hir.Let:
        ann = node.type_ann()
        value_node = node.value()
        if ann is not None:
            ty = self.program.types.lower(self, ann)
            origin = Label(ann.span, "expected `{expected}` because of this annotation")
            value = self.check_expr(value_node, ty, origin)
        else:
            value = self.infer(value_node)
            ty = value.ty
        pattern = self.let_pattern(node.pattern(), ty)
        return hir.Let(pattern, value, node.span)

    # ------------------------------------------------------------ control flow

    def e_IF_EXPR(self, node) -> hir.Expr:
        cond = self.check_expr(node.cond(), BOOL, help=["the condition of `if` must be a `Bool`"])
        then = self.infer(node.then_block())
        else_node = node.else_branch()
        if else_node is None:
            return hir.If(UNIT, node.span, cond, then, None)
        result = self.u.fresh()
        self.u.unify(result, then.ty)
        else_ = self.infer(else_node)
        origin = None
        if prune(then.ty) != NEVER:
            origin = Label(self.tail_span(then), "this branch has type `{expected}`")
        self.unify_at(self.tail_span(else_), result, else_.ty, origin)
        return hir.If(result, node.span, cond, then, else_)

    def e_ELSE_BRANCH(self, node) -> hir.Expr:
        inner = node.if_expr() if hasattr(node, "if_expr") else None
        if inner is not None:
            return self.infer(inner)
        return self.infer(node.block())

    def tail_span(self, expr: hir.Expr) -> Span:
        """Where a block's value comes from: its last expression (for labels)."""
        while isinstance(expr, hir.Block) and expr.result is not None:
            expr = expr.result
        return expr.span

    def e_RETURN_EXPR(self, node) -> hir.Expr:
        value_node = node.value()
        expected = self.return_type if self.return_type is not None else ERROR
        if value_node is None:
            self.unify_at(node.span, expected, UNIT, self.return_origin)
            return hir.Return(NEVER, node.span, None)
        value = self.check_expr(value_node, expected, self.return_origin)
        return hir.Return(NEVER, node.span, value)

    def e_BREAK_EXPR(self, node) -> hir.Expr:
        self.report(errors.outside_loop(self.file, node.span, "break", False))
        return self.error_expr(node.span)

    def e_CONTINUE_EXPR(self, node) -> hir.Expr:
        self.report(errors.outside_loop(self.file, node.span, "continue", False))
        return self.error_expr(node.span)
