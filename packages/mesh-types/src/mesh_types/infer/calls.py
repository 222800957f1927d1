"""Calls: plain, qualified (`String.length(s)`, `Mod.f(x)`), method calls on
library types (`x.to_string()`), and pipes `|>` / `|N>`, which become plain
calls (spec 02 §4.3, §4.6; spec 03 §4.5, §8.4).

Arguments may arrive as syntax nodes (inferred here, left to right, against
the parameter types) or as HIR already inferred (the piped value, which is
evaluated first).
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..library import (
    DISPLAY_CONVERSIONS,
    MODULES,
    PRELUDE,
    STDLIB_MODULES,
    TO_STRING,
    LibFn,
)
from ..suggest import closest
from ..types import ERROR, TCon, TFun, TVar, prune
from .env import FnInfo


class CallRules:
    # ------------------------------------------------------------ references

    def function_ref(self, name: str, span: Span) -> hir.Expr | None:
        fn = self.module.functions.get(name) or self.module.imported.get(name)
        if fn is not None:
            return self.fn_ref(fn, span)
        lib = PRELUDE.get(name)
        if lib is not None:
            return self.builtin_ref(lib, span)
        return None

    def fn_ref(self, fn: FnInfo, span: Span) -> hir.Expr:
        if fn.failed or fn.ty is None:
            return self.error_expr(span)
        if fn.done or fn.declared:
            ty, args = self.u.instantiate(fn.ty, fn.type_params)
            return hir.FnRef(ty, span, fn.symbol, list(args))
        # same component, not generalised yet: monomorphic use; its type
        # arguments are the function's own parameters, filled in afterwards
        ref = hir.FnRef(fn.ty, span, fn.symbol, [])
        self.program.pending_refs.append((ref, fn))
        return ref

    def builtin_ref(self, lib: LibFn, span: Span) -> hir.Expr:
        ty, _ = self.u.instantiate(lib.ty, list(lib.type_params))
        return hir.BuiltinRef(ty, span, lib.hir_name)

    # ------------------------------------------------------------ plain calls

    def e_CALL_EXPR(self, node) -> hir.Expr:
        return self.call_node(node.span, node.callee(), list(node.args()))

    def call_node(self, span: Span, callee_node, args: list) -> hir.Expr:
        """``callee_node(args)`` where args are syntax nodes or inferred HIR."""
        kind = callee_node.syntax.kind.name if callee_node is not None else ""
        if kind == "FIELD_EXPR":
            module = self.qualifier_of(callee_node.receiver())
            if module is not None:
                return self.qualified_call(span, module, callee_node.name(),
                                           callee_node.span, args)
        callee = self.infer(callee_node)
        return self.apply(span, callee, args, self.callee_name(callee_node), None)

    def callee_name(self, node) -> str | None:
        if node is not None and node.syntax.kind.name == "NAME_REF":
            return node.name()
        return None

    def apply(self, span: Span, callee: hir.Expr, args: list, name: str | None,
              fn: FnInfo | None) -> hir.Expr:
        ct = prune(callee.ty)
        if isinstance(callee, hir.FnRef) and fn is None:
            fn = self.program.function_by_symbol(callee.symbol)
        if isinstance(ct, TVar):
            fresh = TFun(tuple(self.u.fresh() for _ in args), self.u.fresh())
            self.u.unify(ct, fresh)
            ct = fresh
        if ct == ERROR:
            inferred = [self.arg_expr(a) for a in args]
            return hir.Call(ERROR, span, callee, inferred)
        if not isinstance(ct, TFun):
            self.report(errors.not_a_function(self.file, callee.span, ct))
            inferred = [self.arg_expr(a) for a in args]
            return hir.Call(ERROR, span, callee, inferred)
        what = f"`{name}`" if name else "this function"
        if len(ct.params) != len(args):
            secondary = []
            if fn is not None and fn.file == self.file:
                secondary.append(Label(fn.span, "defined here"))
            self.report(errors.wrong_arity(self.file, span, what.capitalize()
                                           if not name else what, len(ct.params),
                                           len(args), secondary))
            inferred = [self.arg_expr(a) for a in args]
            return hir.Call(ct.ret, span, callee, inferred)
        inferred = []
        for i, (param, arg) in enumerate(zip(ct.params, args)):
            origin = self.param_origin(fn, i, callee, name)
            if isinstance(arg, hir.Expr):
                inferred.append(self.expect(arg, param, origin))
            else:
                inferred.append(self.check_expr(arg, param, origin))
        return hir.Call(ct.ret, span, callee, inferred)

    def arg_expr(self, arg) -> hir.Expr:
        return arg if isinstance(arg, hir.Expr) else self.infer(arg)

    def param_origin(self, fn: FnInfo | None, i: int, callee: hir.Expr,
                     name: str | None) -> Label:
        who = f"`{name}`" if name else "the callee"
        if fn is not None and i < len(fn.param_spans) and fn.file == self.file:
            return Label(fn.param_spans[i], f"parameter {i + 1} of {who} is `{{expected}}`")
        return Label(callee.span, f"expected `{{expected}}` because of parameter {i + 1} "
                     f"of {who}")

    # ------------------------------------------------------------ qualified names

    def qualifier_of(self, node) -> str | None:
        """The module named by ``node`` (`String`, `Billing.Ledger`, an import
        alias), or None when ``node`` is an ordinary value."""
        path = self.qualified_path(node)
        if path is None:
            return None
        if self.scope.lookup(path) is not None:
            return None
        return self.module.qualifiers.get(path) or (path if path in STDLIB_MODULES else
                                                    self.program.module_named(path))

    def qualified_path(self, node) -> str | None:
        if node is None:
            return None
        kind = node.syntax.kind.name
        if kind == "NAME_REF":
            name = node.name()
            return name if name[:1].isupper() else None
        if kind == "FIELD_EXPR":
            head = self.qualified_path(node.receiver())
            member = node.name()
            if head is not None and member and member[:1].isupper():
                return f"{head}.{member}"
        return None

    def qualified_ref(self, module: str, member: str, span: Span) -> hir.Expr:
        """``Module.member`` as a value (also the callee of a qualified call)."""
        if module in self.program.user_modules:
            fn = self.program.lookup_member(self, module, member, span)
            return self.fn_ref(fn, span) if fn is not None else self.error_expr(span)
        lib = MODULES.get(module, {}).get(member)
        if lib is None:
            available = sorted(MODULES.get(module, {}))
            self.report(errors.unknown_member(self.file, span, module, member,
                                              closest(member, available), available))
            return self.error_expr(span)
        return self.builtin_ref(lib, span)

    def qualified_call(self, span: Span, module: str, member: str, member_span: Span,
                       args: list) -> hir.Expr:
        if (module, member) in DISPLAY_CONVERSIONS and module not in self.program.user_modules:
            if len(args) != 1:
                self.report(errors.wrong_arity(self.file, span, f"`{module}.{member}`", 1,
                                               len(args)))
                for a in args:
                    self.arg_expr(a)
                return self.error_expr(span)
            value = self.arg_expr(args[0])
            return self.method_call(span, value, "to_string", [], member_span)
        callee = self.qualified_ref(module, member, member_span)
        return self.apply(span, callee, args, f"{module}.{member}", None)

    def e_FIELD_EXPR(self, node) -> hir.Expr:
        module = self.qualifier_of(node.receiver())
        if module is not None:
            return self.qualified_ref(module, node.name(), node.span)
        path = self.qualified_path(node.receiver())
        if path is not None and "." not in path and self.scope.lookup(path) is None:
            self.report_unknown_module(path, node.receiver().span)
            return self.error_expr(node.span)
        return self.unsupported(node)

    def report_unknown_module(self, path: str, span: Span) -> None:
        candidates = set(STDLIB_MODULES) | set(self.module.qualifiers)
        self.report(errors.unknown_name(self.file, span, path, closest(path, candidates)))

    # ------------------------------------------------------------ method calls

    def e_METHOD_CALL_EXPR(self, node) -> hir.Expr:
        return self.method_call_node(node, list(node.args()))

    def method_call_node(self, node, args: list) -> hir.Expr:
        receiver_node = node.receiver()
        module = self.qualifier_of(receiver_node)
        name = node.name()
        if module is not None:
            return self.qualified_call(node.span, module, name, self.member_span(node), args)
        path = self.qualified_path(receiver_node)
        if path is not None and "." not in path and self.scope.lookup(path) is None:
            self.report_unknown_module(path, receiver_node.span)
            for a in args:
                self.arg_expr(a)
            return self.error_expr(node.span)
        receiver = self.infer(receiver_node)
        return self.method_call(node.span, receiver, name, args, self.member_span(node))

    def member_span(self, node) -> Span:
        getter = getattr(node, "name_span", None)
        if callable(getter):
            s = getter()
            if s is not None:
                return s
        return node.span

    def method_call(self, span: Span, receiver: hir.Expr, name: str, args: list,
                    name_span: Span) -> hir.Expr:
        if isinstance(prune(receiver.ty), TVar):
            # spec 03 §4.5: resolved once the receiver's type is known
            inferred = [self.arg_expr(a) for a in args]
            from .function import Deferred
            d = Deferred(self.u.fresh(), span, node=(name, name_span), receiver=receiver,
                         args=inferred)
            self.deferred.append(d)
            return d
        return self.resolve_method(span, receiver, name, args, name_span)

    def resolve_method(self, span: Span, receiver: hir.Expr, name: str, args: list,
                       name_span: Span) -> hir.Expr:
        rt = prune(receiver.ty)
        if rt == ERROR:
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        type_name = rt.name if isinstance(rt, TCon) else None
        if name == "to_string" and type_name in TO_STRING:
            target = TO_STRING[type_name]
            if target is None:  # String: the value itself
                if args:
                    self.report(errors.wrong_arity(self.file, span, "`to_string`", 0, len(args)))
                return receiver
            lib = MODULES[type_name]["to_string"]
            return self.apply(span, self.builtin_ref(lib, name_span), [receiver] + args,
                              f"{type_name}.{name}", None)
        lib = MODULES.get(type_name or "", {}).get(name)
        if lib is None or not lib.ty.params:
            self.report(errors.no_method(self.file, name_span, name, rt))
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        return self.apply(span, self.builtin_ref(lib, name_span), [receiver] + args,
                          f"{type_name}.{name}", None)

    def resolve_deferred(self, final: bool = True) -> bool:
        """Resolve postponed method calls whose receiver type is now known.

        With ``final`` those still unknown are E0048 (spec 03 §4.5: at the
        latest at the end of the enclosing definition's component).  Returns
        whether any call was resolved."""
        resolved_any = False
        pending = self.deferred
        while pending:
            progress = False
            rest = []
            for d in pending:
                if isinstance(prune(d.receiver.ty), TVar):
                    rest.append(d)
                    continue
                progress = resolved_any = True
                name, name_span = d.node
                d.resolved = self.resolve_method(d.span, d.receiver, name, d.args, name_span)
                self.u.unify(d.ty, d.resolved.ty)
            pending = rest
            if not progress:
                break
        if not final:
            self.deferred = pending
            return resolved_any
        for d in pending:
            self.report(errors.annotation_needed(
                self.file, d.receiver.span, "this value, whose method is called"))
            d.resolved = self.error_expr(d.span)
        self.deferred = []
        return resolved_any

    # ------------------------------------------------------------ pipes

    def e_PIPE_EXPR(self, node) -> hir.Expr:
        value = self.infer(node.lhs())
        rhs = node.rhs()
        slot = node.slot() or 1
        kind = rhs.syntax.kind.name if rhs is not None else ""
        if kind in ("CALL_EXPR", "METHOD_CALL_EXPR"):
            args = list(rhs.args())
            if not 1 <= slot <= len(args) + 1:
                self.report(errors.bad_slot(self.file, node.span, slot, len(args)))
                for a in args:
                    self.arg_expr(a)
                return self.error_expr(node.span)
            args.insert(slot - 1, value)
            if kind == "CALL_EXPR":
                return self.call_node(node.span, rhs.callee(), args)
            return self.method_call_node(rhs, args)
        if slot != 1:
            self.report(errors.bad_slot(self.file, node.span, slot, None))
            return self.error_expr(node.span)
        if kind == "FIELD_EXPR":
            return self.call_node(node.span, rhs, [value])
        callee = self.infer(rhs)
        return self.apply(node.span, callee, [value], self.callee_name(rhs), None)
