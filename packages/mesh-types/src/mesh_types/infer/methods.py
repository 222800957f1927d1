"""Method resolution (spec 03 §8.4, §8.5): struct fields holding functions,
interface methods (E0027 when several interfaces match), standard-library
module functions, E0030; deferred while the receiver type is unknown
(§4.5, E0048); `Into` picked by the expected type (§9.6)."""

from __future__ import annotations

from mesh_syntax.diagnostics import Span

from .. import errors, hir
from ..library import MODULES, TO_STRING, by_arity
from ..types import ERROR, TCon, TFun, TParam, TVar, Type, prune, substitute
from .impls import find_impl


class MethodRules:
    def method_call(self, span: Span, receiver: hir.Expr, name: str, args: list,
                    name_span: Span, expected: Type | None = None) -> hir.Expr:
        if isinstance(prune(receiver.ty), TVar):
            # spec 03 §4.5: resolved once the receiver's type is known
            inferred = [self.arg_expr(a) for a in args]
            from .function import Deferred
            d = Deferred(self.u.fresh(), span, node=(name, name_span, "method"),
                         receiver=receiver, args=inferred)
            self.deferred.append(d)
            return d
        return self.resolve_method(span, receiver, name, args, name_span, expected)

    def interfaces_with(self, name: str, t: Type) -> list:
        """Interfaces declaring instance method ``name`` that ``t`` implements."""
        out = []
        pt = prune(t)
        for iface in self.all_interfaces():
            sig = iface.methods.get(name)
            if sig is None or not sig.has_self:
                continue
            if isinstance(pt, TParam):
                if iface.symbol in self.u.param_bounds.get(pt.id, ()):
                    out.append(iface)
            elif iface.params:
                if any(_head_matches(i.target, pt) for i in self.program.impls
                       if i.interface is iface) or (iface.symbol == "Into" and self.into_targets(pt)):
                    out.append(iface)
            elif self.u.implements(pt, iface.symbol):
                out.append(iface)
        return out

    def all_interfaces(self):
        seen = {}
        for i in list(self.program.prelude_env.interfaces.values()) + \
                list(self.program.interfaces.values()):
            seen.setdefault(i.symbol, i)
        return list(seen.values())

    def resolve_method(self, span: Span, receiver: hir.Expr, name: str, args: list,
                       name_span: Span, expected: Type | None = None) -> hir.Expr:
        rt = prune(receiver.ty)
        if rt == ERROR:
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        type_name = rt.name if isinstance(rt, TCon) else None
        # step 3: a struct field holding a function
        info = self.program.structs.get(type_name) if type_name else None
        if info is not None and name in info.fields:
            field = hir.Field(info.field_type(name, rt.args), name_span, receiver, name)
            return self.apply(span, field, args, name, None)
        if name == "to_string" and type_name in TO_STRING:
            target = TO_STRING[type_name]
            if target is None:  # String: the value itself
                if args:
                    self.report(errors.wrong_arity(self.file, span, "`to_string`", 0, len(args)))
                return receiver
            lib = MODULES[type_name]["to_string"][0]
            return self.apply(span, self.builtin_ref(lib, name_span), [receiver] + args,
                              f"{type_name}.{name}", None)
        # step 4: interface methods
        candidates = self.interfaces_with(name, rt)
        if len(candidates) > 1:
            names = sorted(c.name for c in candidates)
            self.report(errors.ambiguous_method(self.file, name_span, name, rt, names))
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        if candidates:
            iface = candidates[0]
            if iface.symbol == "Into":
                return self.into_call(span, receiver, args, name_span, expected)
            ref = self.method_ref(iface.symbol, name, rt, [], name_span)
            return self.apply(span, ref, [receiver] + args, f"{iface.name}.{name}", None)
        # step 5: the standard-library module of the type
        options = MODULES.get(type_name or "", {}).get(name)
        if options:
            lib = by_arity(options, len(args) + 1)
            if isinstance(lib.ty, TFun) and lib.ty.params:
                return self.apply(span, self.builtin_ref(lib, name_span), [receiver] + args,
                                  f"{type_name}.{name}", None)
        self.report(errors.no_method(self.file, name_span, name, rt))
        for a in args:
            self.arg_expr(a)
        return self.error_expr(span)

    def method_ref(self, iface_symbol: str, method: str, self_t: Type, iface_args: list,
                   span: Span) -> hir.Expr:
        """``MethodRef`` of ``iface.method`` at receiver ``self_t``, typed by the
        interface signature (Self, associated types and parameters substituted)."""
        iface = self.program.interfaces.get(iface_symbol) or \
            self.program.prelude_env.interfaces.get(iface_symbol)
        sig = iface.methods[method]
        mapping: dict[int, Type] = {iface.self_param.id: self_t}
        args = list(iface_args) or [self.u.fresh() for _ in iface.params]
        for p, a in zip(iface.params, args):
            mapping[p.id] = a
        found = find_impl(self.program, iface.symbol, self_t) if iface.assoc else None
        if found is not None:
            impl, m = found
            for n, p in iface.assoc.items():
                mapping[p.id] = substitute(impl.assoc.get(n, ERROR), m)
        else:
            for n, p in iface.assoc.items():
                mapping[p.id] = self.builtin_assoc(iface.symbol, n, self_t)
        params = [substitute(t, mapping) for t in sig.params]
        ret = substitute(sig.ret, mapping)
        ty = TFun(tuple(([self_t] if sig.has_self else []) + params), ret)
        return hir.MethodRef(ty, span, iface.symbol, method, self_t, args)

    def builtin_assoc(self, iface: str, name: str, t: Type) -> Type:
        """Associated types of built-in impls (and of type parameters)."""
        if iface in ("Add", "Sub", "Mul", "Div", "Mod", "Neg") and name == "Output":
            return t
        pt = prune(t)
        if iface in ("Iterable", "Iterator") and isinstance(pt, TCon):
            from .loops import ITEM_OF
            if pt.name in ITEM_OF:
                item = ITEM_OF[pt.name](pt.args)
                return item if name == "Item" else TCon("Iter", (item,))
        return self.u.fresh()

    # ------------------------------------------------------------ conversions

    def into_targets(self, t: Type) -> list[Type]:
        """Types ``B`` with ``From<t>`` for ``B`` (built-in and user impls)."""
        t = prune(t)
        out: list[Type] = []
        name = t.name if isinstance(t, TCon) else None
        builtin = {"Int": ["Float", "String"], "Float": ["String"], "Bool": ["String"]}
        out += [TCon(n) for n in builtin.get(name, [])]
        for impl in self.program.impls:
            if impl.interface.symbol == "From" and impl.iface_args and \
                    _head_matches(impl.iface_args[0], t):
                out.append(impl.target)
        return out

    def into_call(self, span: Span, receiver: hir.Expr, args: list, name_span: Span,
                  expected: Type | None) -> hir.Expr:
        rt = prune(receiver.ty)
        targets = self.into_targets(rt)
        exp = prune(expected) if expected is not None else None
        if exp is not None and not isinstance(exp, TVar):
            matching = [t for t in targets if _head_matches(t, exp)]
        else:
            matching = targets
        if len(matching) != 1:
            shown = ", ".join(f"`{self.show(t)}`" for t in matching) or "none"
            from mesh_syntax.diagnostics import Diagnostic, Label
            self.report(Diagnostic(
                "E0027", f"ambiguous conversion: `{self.show(rt)}.into()` could produce "
                f"{shown}", self.file, Label(name_span, "the target type is not known here"),
                [], ["add a type annotation, e.g. `let f :: Float = n.into()`"]))
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        target = matching[0]
        ref = hir.MethodRef(TFun((rt,), target), name_span, "Into", "into", rt, [target])
        return self.apply(span, ref, [receiver] + args, "into", None)

    # ------------------------------------------------------------ deferred

    def resolve_deferred(self, final: bool = True) -> bool:
        """Resolve postponed method calls and field accesses whose receiver
        type is now known.

        With ``final`` those still unknown are E0048 (spec 03 §4.5: at the
        latest at the end of the enclosing definition's component).  Returns
        whether any was resolved."""
        resolved_any = False
        self.resolve_projections(final=False)
        pending = self.deferred
        while pending:
            progress = False
            rest = []
            for d in pending:
                if isinstance(prune(d.receiver.ty), TVar):
                    rest.append(d)
                    continue
                progress = resolved_any = True
                name, name_span, kind = d.node
                if kind == "field":
                    d.resolved = self.resolve_field(d.span, d.receiver, name, name_span)
                else:
                    d.resolved = self.resolve_method(d.span, d.receiver, name, d.args, name_span)
                self.u.unify(d.ty, d.resolved.ty)
            pending = rest
            if not progress:
                break
        if not final:
            self.deferred = pending
            return resolved_any
        self.resolve_projections(final=True)
        reported = set()
        for d in pending:
            if id(d.receiver) not in reported:
                reported.add(id(d.receiver))
                what = "this value, whose field is read" if d.node[2] == "field" else \
                    "this value, whose method is called"
                self.report(errors.annotation_needed(self.file, d.receiver.span, what))
            d.resolved = self.error_expr(d.span)
        self.deferred = []
        return resolved_any


def _head_matches(pattern: Type, t: Type) -> bool:
    pattern, t = prune(pattern), prune(t)
    if isinstance(pattern, TParam) or isinstance(t, (TVar, TParam)):
        return True
    if isinstance(pattern, TCon) and isinstance(t, TCon):
        return pattern.name == t.name
    return type(pattern) is type(t)

