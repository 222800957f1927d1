"""Calls: plain, qualified (`String.length(s)`, `Mod.f(x)`, `Shape.Circle(r)`,
`Tank.zero()`, `Gauge.read(x)`), constructors, bare interface methods,
keyword arguments, and pipes `|>` / `|N>`, which become plain calls (spec 02
§4.3, §4.6; spec 03 §4.5, §8.3-§8.5).

Arguments may arrive as syntax nodes (inferred here, left to right, against
the parameter types) or as HIR already inferred (the piped value, which is
evaluated first).
"""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..declarations import StructInfo, SumInfo
from ..library import (
    DISPLAY_CONVERSIONS,
    MODULES,
    PRELUDE,
    STDLIB_MODULES,
    TEST_HELPERS,
    TUPLE_HELPERS,
    LibFn,
    by_arity,
)
from ..suggest import closest
from ..types import ERROR, INT, STRING, TCon, TFun, TTuple, TVar, Type, prune
from .env import FnInfo
from .impls import lookup_interface


class KwArgs:
    """The keyword section of a call: one trailing `Map<String, V>` argument."""

    def __init__(self, kw: list, span: Span) -> None:
        self.kw, self.span = kw, span


class CallRules:
    # ------------------------------------------------------------ references

    def function_ref(self, name: str, span: Span) -> hir.Expr | None:
        fn = self.module.functions.get(name) or self.module.imported.get(name)
        if fn is not None:
            return self.fn_ref(fn, span)
        lib = PRELUDE.get(name) or (TEST_HELPERS.get(name) if self.module.is_test else None)
        if lib is not None and not self.module.ctors.get(name):
            return self.builtin_ref(lib, span)
        return None

    def fn_ref(self, fn: FnInfo, span: Span) -> hir.Expr:
        if fn.failed or fn.ty is None:
            return self.error_expr(span)
        if fn.done or fn.declared:
            ty, args = self.u.instantiate(fn.ty, fn.type_params)
            self.instantiate_projections(fn, fn.type_params, args, span)
            return hir.FnRef(ty, span, fn.symbol, list(args))
        # same component, not generalised yet: monomorphic use; its type
        # arguments are the function's own parameters, filled in afterwards
        ref = hir.FnRef(fn.ty, span, fn.symbol, [])
        self.program.pending_refs.append((ref, fn))
        return ref

    def builtin_ref(self, lib: LibFn, span: Span) -> hir.Expr:
        fresh = [self.u.fresh({b for p2, b in lib.bounds if p2 is p}) for p in lib.type_params]
        from ..types import substitute
        ty = substitute(lib.ty, {p.id: v for p, v in zip(lib.type_params, fresh)})
        return hir.BuiltinRef(ty, span, lib.hir_name)

    # ------------------------------------------------------------ plain calls

    def e_CALL_EXPR(self, node, expected: Type | None = None) -> hir.Expr:
        return self.call_node(node.span, node.callee(), self.call_args(node), expected)

    def call_args(self, node) -> list:
        arglist = node.args()
        if arglist is None:
            return []
        args: list = list(arglist.args())
        kw = arglist.kw_args()
        if kw:
            args.append(KwArgs(kw, Span(kw[0].span.start, kw[-1].span.end)))
        return args

    def call_node(self, span: Span, callee_node, args: list,
                  expected: Type | None = None) -> hir.Expr:
        """``callee_node(args)`` where args are syntax nodes or inferred HIR."""
        if isinstance(callee_node, ast.FieldExpr):
            q = self.qualified_call(span, callee_node.receiver(), callee_node.name(),
                                    _name_span(callee_node), args, expected)
            if q is not None:
                return q
        if isinstance(callee_node, ast.NameRef):
            name = callee_node.name()
            if self.scope.lookup(name) is None and name in self.module.actors:
                ctx = self.process
                if ctx is not None and ctx.actor is self.module.actors[name]:
                    return self.actor_self_call(span, name, args)
                self.skip_args(span, args)
                return self.misused_actor(name, callee_node.span)
            lib_module = self.lib_import(name)
            if lib_module is not None:
                return self.resolved_qualified_call(span, lib_module, lib_module,
                                                    callee_node.span, name, callee_node.span,
                                                    args, expected)
            if name == "spawn_link" and self.scope.lookup(name) is None \
                    and name not in self.module.functions and name not in self.module.imported:
                return self.spawn(span, args, link=True)
            if self.scope.lookup(name) is None and name not in self.module.functions \
                    and name not in self.module.imported:
                v = self.find_variant(name, callee_node.span)
                if v is False:
                    return self.skip_args(span, args)
                if v is not None:
                    return self.ctor_call(span, v, args, name)
                if name not in PRELUDE and name not in self.module.consts and args:
                    bare = self.bare_interface_call(span, name, callee_node.span, args)
                    if bare is not None:
                        return bare
        callee = self.infer(callee_node)
        return self.apply(span, callee, args, self.callee_name(callee_node), None)

    def skip_args(self, span: Span, args: list) -> hir.Expr:
        for a in args:
            self.arg_expr(a)
        return self.error_expr(span)

    def callee_name(self, node) -> str | None:
        if isinstance(node, ast.NameRef):
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
            elif isinstance(arg, KwArgs):
                inferred.append(self.expect(self.kw_map(arg), param, origin))
            else:
                inferred.append(self.check_expr(arg, param, origin))
        return hir.Call(ct.ret, span, callee, inferred)

    def arg_expr(self, arg) -> hir.Expr:
        if isinstance(arg, hir.Expr):
            return arg
        if isinstance(arg, KwArgs):
            return self.kw_map(arg)
        return self.infer(arg)

    def kw_map(self, kw: KwArgs) -> hir.Expr:
        """`f(a, k1: v1, k2: v2)`: the trailing `%{"k1" => v1, "k2" => v2}`."""
        val = self.u.fresh()
        entries = []
        seen: dict[str, Span] = {}
        origin = None
        for k in kw.kw:
            name = k.name() or ""
            span = k.name_token().span if k.name_token() else k.span
            if name in seen:
                self.report(errors.duplicate(self.file, span, "keyword argument", name,
                                             Label(seen[name], "first given here")))
                self.infer(k.value())
                continue
            seen[name] = span
            v = self.check_expr(k.value(), val, origin)
            origin = origin or Label(v.span, "expected `{expected}` because of the first "
                                     "keyword argument")
            entries.append((hir.StrLit(STRING, span, name), v))
        return hir.MapLit(TCon("Map", (STRING, val)), kw.span, entries)

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
        found = self.module.qualifiers.get(path)
        if found is not None:
            return found
        if path in STDLIB_MODULES:
            return path
        return self.program.resolve_qualifier(self.module, path)

    def qualified_path(self, node) -> str | None:
        if isinstance(node, ast.NameRef):
            name = node.name() or ""
            return name if name[:1].isupper() else None
        if isinstance(node, ast.FieldExpr):
            head = self.qualified_path(node.receiver())
            member = node.name()
            if head is not None and member and member[:1].isupper():
                return f"{head}.{member}"
        return None

    def qualified_ref(self, module: str, member: str, span: Span, nargs: int = -1) -> hir.Expr:
        """``Module.member`` as a value (also the callee of a qualified call)."""
        if module in self.program.user_modules:
            env = self.program.user_modules[module]
            if member not in env.functions and member in env.consts:
                c = env.consts[member]
                return hir.GlobalRef(c.ty or ERROR, span, c.symbol) if c.done else \
                    self.error_expr(span)
            fn = self.program.lookup_member(self, module, member, span)
            return self.fn_ref(fn, span) if fn is not None else self.error_expr(span)
        options = MODULES.get(module, {}).get(member)
        if options is None:
            available = sorted(MODULES.get(module, {}))
            self.report(errors.unknown_member(self.file, span, module, member,
                                              closest(member, available), available))
            return self.error_expr(span)
        lib = by_arity(options, nargs) if nargs >= 0 else options[0]
        return self.builtin_ref(lib, span)

    def qualified_call(self, span: Span, receiver, member: str | None, member_span: Span,
                       args: list, expected: Type | None = None) -> hir.Expr | None:
        """A call `Q.m(args)` whose `Q` is a module, type or interface; None
        when `Q` is an ordinary value (then it is a method call)."""
        member = member or ""
        path = self.qualified_path(receiver)
        if path is None or self.scope.lookup(path) is not None:
            return None
        module = self.qualifier_of(receiver)
        return self.resolved_qualified_call(span, path, module, receiver.span, member,
                                            member_span, args, expected)

    def resolved_qualified_call(self, span: Span, path: str, module: str | None,
                                path_span: Span, member: str, member_span: Span, args: list,
                                expected: Type | None = None) -> hir.Expr:
        """`path.member(args)` once `path` is known to be a qualifier (`module`
        is the module it names, if any)."""
        if module is not None and module not in self.program.user_modules and \
                (module, member) in DISPLAY_CONVERSIONS:
            if len(args) != 1:
                self.report(errors.wrong_arity(self.file, span, f"`{module}.{member}`", 1,
                                               len(args)))
                return self.skip_args(span, args)
            value = self.arg_expr(args[0])
            return self.method_call(span, value, "to_string", [], member_span)
        svc = self.service_named(path, path_span)
        if svc is not None:
            callee = self.service_op(svc, member, member_span)
            return self.apply(span, callee, args, f"{svc.name}.{member}", None)
        if module == "Tuple" and member in TUPLE_HELPERS:
            return self.tuple_helper(span, member, member_span, args)
        if module == "Iter" and member == "from" and len(args) == 1:
            return self.iter_from(span, member_span, args[0])
        info = self.program.lookup_type(self.module, path)
        if isinstance(info, SumInfo) or path in ("Option", "Result", "Ordering", "Json"):
            sum_info = info if isinstance(info, SumInfo) else self.program.sums[path]
            v = sum_info.variant(member)
            if v is not None:
                return self.ctor_call(span, v, args, f"{path}.{member}")
        if isinstance(info, (StructInfo, SumInfo)) or (
                module is None and path in self.program.sums):
            return self.static_call(span, info, path, member, member_span, args, expected)
        iface = lookup_interface(self.program, self.module, path)
        if iface is not None and module is None:
            return self.interface_call(span, iface, member, member_span, args, expected)
        if module is not None:
            callee = self.qualified_ref(module, member, member_span, len(args))
            return self.apply(span, callee, args, f"{module}.{member}", None)
        self.report_unknown_module(path, path_span)
        return self.skip_args(span, args)

    def lib_import(self, name: str) -> str | None:
        """The library module of a bare name brought in by `from String import
        length` (spec 03 §1 step 3: after locals, functions and constants)."""
        module = self.module.lib_imports.get(name)
        if module is None or self.scope.lookup(name) is not None \
                or name in self.module.functions or name in self.module.imported \
                or name in self.module.consts:
            return None
        return module

    # ------------------------------------------------------------ services

    def service_named(self, path: str, span: Span):
        """The service a qualifier names (`Store`, `Billing.Store`), or None."""
        if "." not in path:
            return self.module.services.get(path)
        head, last = path.rsplit(".", 1)
        module = self.program.resolve_qualifier(self.module, head)
        target = self.program.user_modules.get(module) if module else None
        svc = target.services.get(last) if target is not None else None
        if svc is not None and not svc.is_pub and target.file != self.file:
            self.report(errors.private_item(self.file, span, last, module,
                                            Label(svc.span, "defined here", svc.file)))
        return svc

    def service_op(self, svc, member: str, span: Span) -> hir.Expr:
        """`Store.start` / `Store.get_count`: a generated client function."""
        op = svc.ops.get(member)
        if op is None and not svc.done:
            # `start` is known once `init` is: not from the helpers `init` depends on
            self.report(errors.unsupported(self.file, span,
                                           f"`{svc.name}.{member}` inside the service's own "
                                           "`init` and helpers"))
            return self.error_expr(span)
        if op is None:
            available = sorted(svc.ops)
            self.report(errors.unknown_member(self.file, span, svc.name, member,
                                              closest(member, available), available))
            return self.error_expr(span)
        return hir.ServiceOp(op.ty, span, svc.symbol, member, op.kind, op.index)

    def static_call(self, span, info, path, member, member_span, args, expected) -> hir.Expr:
        """`Tank.zero()`, `Wrapper.from(3)`, `T.from_json(s)`: through the type."""
        t = TCon(info.symbol, tuple(self.u.fresh() for _ in info.params))
        if member == "from_json" and "Json" in info.derives:
            ret = TCon("Result", (t, STRING))
            ref = hir.MethodRef(TFun((STRING,), ret), member_span, "FromJson", "from_json", t)
            return self.apply(span, ref, args, f"{path}.from_json", None)
        impls = [i for i in self.program.impls
                 if i.head_name() == info.symbol and member in i.methods]
        if member == "from" and args:
            arg = self.arg_expr(args[0])
            impls = [i for i in impls if i.iface_args and _same_head(i.iface_args[0], arg.ty)]
            if impls:
                ref = hir.MethodRef(TFun((arg.ty,), t), member_span, "From", "from", t,
                                    [arg.ty])
                return self.apply(span, ref, [arg] + list(args[1:]), f"{path}.from", None)
            args = [arg] + list(args[1:])
        elif impls:
            impl = impls[0]
            ref = self.method_ref(impl.interface.symbol, member, t, impl.iface_args,
                                  member_span)
            return self.apply(span, ref, args, f"{path}.{member}", None)
        self.report(errors.no_method(self.file, member_span, member, t))
        return self.skip_args(span, args)

    def interface_call(self, span, iface, member, member_span, args, expected) -> hir.Expr:
        """`Gauge.read(x)` (receiver explicit) or `Default.default()` (by context)."""
        sig = iface.methods.get(member)
        if sig is None:
            self.report(errors.no_method(self.file, member_span, member, TCon(iface.name)))
            return self.skip_args(span, args)
        if sig.has_self and args:
            receiver = self.arg_expr(args[0])
            ref = self.method_ref(iface.symbol, member, receiver.ty, [], member_span)
            return self.apply(span, ref, [receiver] + list(args[1:]), f"{iface.name}.{member}",
                              None)
        self_t = self.u.fresh({iface.symbol})
        ref = self.method_ref(iface.symbol, member, self_t, [], member_span)
        return self.apply(span, ref, args, f"{iface.name}.{member}", None)

    def bare_interface_call(self, span, name, name_span, args) -> hir.Expr | None:
        """`to_string(x)`: the instance method of exactly one interface (§8.5)."""
        owners = [i for i in self.all_interfaces()
                  if name in i.methods and i.methods[name].has_self]
        if len(owners) != 1:
            return None
        receiver = self.arg_expr(args[0])
        return self.method_call(span, receiver, name, list(args[1:]), name_span)

    def bare_interface_value(self, name: str, span: Span) -> hir.Expr | None:
        return None

    def interface_value(self, iface, member: str, span: Span) -> hir.Expr:
        """`Display.to_string` as a value (spec 03 §3.4): a closure calling
        the method, whose receiver type is fixed by the uses."""
        sig = iface.methods.get(member)
        if sig is None:
            self.report(errors.no_method(self.file, span, member, TCon(iface.name)))
            return self.error_expr(span)
        self_t = self.u.fresh({iface.symbol})
        ref = self.method_ref(iface.symbol, member, self_t, [], span)
        ft = ref.ty
        params = [hir.Param(self.new_binding(f"arg{i}", t, span))
                  for i, t in enumerate(ft.params)]
        args = [hir.LocalRef(p.binding.ty, span, p.binding) for p in params]
        body = hir.Call(ft.ret, span, ref, args)
        return hir.Lambda(ft, span, params, body, [])

    def tuple_helper(self, span, member, member_span, args) -> hir.Expr:
        want = 2 if member == "nth" else 1
        if len(args) != want:
            self.report(errors.wrong_arity(self.file, span, f"`Tuple.{member}`", want,
                                           len(args)))
            return self.skip_args(span, args)
        t_expr = self.arg_expr(args[0])
        t = prune(t_expr.ty)
        if isinstance(t, TVar):
            self.u.unify(t, TTuple((self.u.fresh(), self.u.fresh())))
            t = prune(t)
        if not isinstance(t, TTuple):
            if t != ERROR:
                self.report(errors.type_mismatch(self.file, t_expr.span,
                                                 TTuple((self.u.fresh(), self.u.fresh())), t))
            return self.skip_args(span, args[1:])
        if member == "first":
            ret = t.elems[0]
        elif member == "second":
            ret = t.elems[1]
        elif member == "size":
            ret = INT
        else:
            ret = t.elems[0]
            for e in t.elems[1:]:
                self.unify_at(t_expr.span, ret, e)
        params = (t,) + ((INT,) if member == "nth" else ())
        callee = hir.BuiltinRef(TFun(params, ret), member_span, f"Tuple.{member}")
        rest = [self.check_expr(a, INT) if not isinstance(a, hir.Expr) else a
                for a in args[1:]]
        return hir.Call(ret, span, callee, [t_expr] + rest)

    def iter_from(self, span, member_span, arg) -> hir.Expr:
        value = self.arg_expr(arg)
        item, _, _ = self.iteration(value)
        callee = hir.BuiltinRef(TFun((value.ty,), TCon("Iter", (item,))), member_span,
                                "Iter.from")
        return hir.Call(TCon("Iter", (item,)), span, callee, [value])

    def e_FIELD_EXPR(self, node) -> hir.Expr:
        receiver = node.receiver()
        path = self.qualified_path(receiver)
        if path is not None and self.scope.lookup(path) is None:
            member = node.name() or ""
            module = self.qualifier_of(receiver)
            info = self.program.lookup_type(self.module, path)
            sum_info = info if isinstance(info, SumInfo) else self.program.sums.get(path)
            if sum_info is not None and sum_info.variant(member) is not None:
                return self.ctor_value(member, node.span, sum_info)
            svc = self.service_named(path, receiver.span)
            if svc is not None:
                return self.service_op(svc, member, node.span)
            if module is not None:
                return self.qualified_ref(module, member, node.span)
            iface = lookup_interface(self.program, self.module, path) if info is None else None
            if iface is not None:
                return self.interface_value(iface, member, node.span)
            if "." not in path and info is None and \
                    lookup_interface(self.program, self.module, path) is None:
                self.report_unknown_module(path, receiver.span)
                return self.error_expr(node.span)
        return self.field_access(node, self.infer(receiver))

    def report_unknown_module(self, path: str, span: Span) -> None:
        candidates = set(STDLIB_MODULES) | set(self.module.qualifiers) | set(self.module.types)
        self.report(errors.unknown_name(self.file, span, path, closest(path, candidates)))

    # ------------------------------------------------------------ method calls

    def e_METHOD_CALL_EXPR(self, node, expected: Type | None = None) -> hir.Expr:
        return self.method_call_node(node, self.call_args(node), expected)

    def method_call_node(self, node, args: list, expected: Type | None = None) -> hir.Expr:
        receiver_node = node.receiver()
        name = node.name() or ""
        q = self.qualified_call(node.span, receiver_node, name, _name_span(node), args,
                                expected)
        if q is not None:
            return q
        receiver = self.infer(receiver_node)
        return self.method_call(node.span, receiver, name, args, _name_span(node), expected)

    # ------------------------------------------------------------ pipes

    def e_PIPE_EXPR(self, node) -> hir.Expr:
        value = self.infer(node.lhs())
        rhs = node.rhs()
        slot = node.slot() or 1
        if isinstance(rhs, (ast.CallExpr, ast.MethodCallExpr)):
            args = self.call_args(rhs)
            positional = [a for a in args if not isinstance(a, KwArgs)]
            if not 1 <= slot <= len(positional) + 1:
                self.report(errors.bad_slot(self.file, node.span, slot, len(positional)))
                return self.skip_args(node.span, args)
            # Spec 05 §3: the piped value is evaluated before the other
            # arguments; inserted later in the list, it needs a temporary.
            first = None
            if slot > 1 and not isinstance(value, _PURE_EXPRS):
                tmp = self.new_binding("_piped", value.ty, value.span)
                first = hir.Let(hir.PBind(value.ty, value.span, tmp), value, value.span)
                value = hir.LocalRef(value.ty, value.span, tmp)
            args.insert(slot - 1, value)
            if isinstance(rhs, ast.CallExpr):
                call = self.call_node(node.span, rhs.callee(), args)
            else:
                call = self.method_call_node(rhs, args)
            if first is None:
                return call
            return hir.Block(call.ty, node.span, [first], call)
        if slot != 1:
            self.report(errors.bad_slot(self.file, node.span, slot, None))
            return self.error_expr(node.span)
        return self.call_node(node.span, rhs, [value])


# Expressions whose evaluation has no effects, so their position among the
# arguments does not matter.
_PURE_EXPRS = (hir.IntLit, hir.FloatLit, hir.BoolLit, hir.StrLit, hir.UnitLit,
               hir.AtomLit, hir.LocalRef, hir.FnRef, hir.GlobalRef)


def _name_span(node) -> Span:
    tok = node.name_token() if hasattr(node, "name_token") else None
    return tok.span if tok is not None else node.span


def _same_head(a: Type, b: Type) -> bool:
    a, b = prune(a), prune(b)
    if isinstance(a, TCon) and isinstance(b, TCon):
        return a.name == b.name
    return True
