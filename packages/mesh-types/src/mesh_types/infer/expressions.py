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
        """Infer ``node`` knowing the type it must have: closures take their
        parameter types from it and `x.into()` its target (spec 03 §4.5)."""
        kind = node.syntax.kind.name if node is not None else ""
        if kind in ("CLOSURE_EXPR", "METHOD_CALL_EXPR"):
            rule = getattr(self, "e_" + kind)
            expr = rule(node, expected)
            self.program.record_type(self.file, expr)
            return self.expect(expr, expected, origin, help)
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
        interpolated = node.is_interpolated()
        for part in node.parts():
            if isinstance(part, str):
                parts.append(hir.StrLit(STRING, node.span, part))
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
            return self.local_ref(binding, span)
        if name in self.module.actors:
            return self.misused_actor(name, span)
        ref = self.function_ref(name, span)
        if ref is not None:
            return ref
        ref = self.const_ref(name, span)
        if ref is not None:
            return ref
        lib_module = self.lib_import(name)
        if lib_module is not None:
            return self.qualified_ref(lib_module, name, span)
        ref = self.ctor_value(name, span)
        if ref is not None:
            return ref
        ref = self.bare_interface_value(name, span)
        if ref is not None:
            return ref
        self.report_unknown_name(name, span)
        return self.error_expr(span)

    def report_unknown_name(self, name: str, span: Span) -> None:
        if name in self.module.failed_imports:
            return  # its import was already reported (no cascade)
        candidates = self.scope.visible_names() | set(self.module.functions) \
            | set(self.module.imported) | set(self.program.prelude_names()) \
            | set(self.module.consts) | set(self.module.ctors)
        self.report(errors.unknown_name(self.file, span, name, closest(name, candidates)))

    def e_SELF_EXPR(self, node) -> hir.Expr:
        binding = self.scope.lookup("self")
        if binding is None:
            self.report(errors.unknown_name(self.file, node.span, "self", None,
                                            ["`self` exists only in methods of an impl"]))
            return self.error_expr(node.span)
        return self.local_ref(binding, node.span)

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
        items = list(node.stmts())
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
        # a closure (or function reference) bound by `let` is generalised
        # (spec 03 §4.3): its variables created at the inner level are free
        generalise = ann is None and value_node is not None and \
            value_node.syntax.kind.name == "CLOSURE_EXPR"
        if generalise:
            self.u.enter()
        if ann is not None:
            ty = self.program.types.lower(self, ann)
            origin = Label(ann.span, "expected `{expected}` because of this annotation")
            value = self.check_expr(value_node, ty, origin)
        else:
            value = self.infer(value_node)
            ty = value.ty
        if generalise:
            self.u.leave()
        pattern = self.let_pattern(node.pattern(), ty)
        if generalise and isinstance(pattern, hir.PBind):
            self.generalise_local(pattern.binding, value)
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

    def tail_span(self, expr: hir.Expr) -> Span:
        """Where a block's value comes from: its last expression (for labels)."""
        while isinstance(expr, hir.Block) and expr.result is not None:
            expr = expr.result
        return expr.span

    def e_RETURN_EXPR(self, node) -> hir.Expr:
        value_node = node.value()
        if self.closures:
            expected, origin = self.closures[-1].ret, None
        elif self.in_const is not None:
            expected, origin = ERROR, None
        else:
            expected = self.return_type if self.return_type is not None else ERROR
            origin = self.return_origin
        if value_node is None:
            self.unify_at(node.span, expected, UNIT, origin)
            return hir.Return(NEVER, node.span, None)
        value = self.check_expr(value_node, expected, origin)
        return hir.Return(NEVER, node.span, value)
