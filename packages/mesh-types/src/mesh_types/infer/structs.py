"""Struct literals, updates and field access (spec 03 §5), variant
constructors as calls and values (§6), module constants as values."""

from __future__ import annotations

from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..declarations import StructInfo, SumInfo
from ..suggest import closest
from ..types import ERROR, TCon, TFun, TVar, prune


class StructRules:
    # ------------------------------------------------------------ literals

    def e_STRUCT_LIT(self, node) -> hir.Expr:
        path = node.type_path()
        name = ".".join(path)
        info = self.program.lookup_type(self.module, name) if path else None
        if not isinstance(info, StructInfo):
            self.report(errors.not_a_struct(self.file, node.span if not path else
                                            node.type_expr().span, f"`{name}`"))
            for f in node.fields():
                self.infer(f.value())
            return self.error_expr(node.span)
        args = [self.u.fresh() for _ in info.params]
        ty = info.type_of(args)
        fields = self.field_inits(node.fields(), info, args)
        given = {n for n, _ in fields}
        missing = [n for n in info.fields if n not in given]
        if missing and all(f.name() for f in node.fields()):
            self.report(errors.missing_fields(self.file, node.span, info.name, missing))
        return hir.StructLit(ty, node.span, info.symbol, fields)

    def field_inits(self, inits, info: StructInfo, args) -> list[tuple[str, hir.Expr]]:
        out: list[tuple[str, hir.Expr]] = []
        seen: dict[str, Span] = {}
        for f in inits:
            fname = f.name()
            span = f.name_token().span if f.name_token() else f.span
            if fname is None:
                continue
            if fname in seen:
                self.report(errors.duplicate(self.file, span, "field", fname,
                                             Label(seen[fname], "first given here")))
                self.infer(f.value())
                continue
            seen[fname] = span
            ft = info.field_type(fname, args)
            if ft is None:
                self.report(errors.unknown_field(self.file, span, info.name, fname,
                                                 closest(fname, list(info.fields))))
                self.infer(f.value())
                continue
            origin = Label(info.field_spans[fname], f"field `{fname}` is `{{expected}}`",
                           info.file) if info.file == self.file else None
            value = f.value()
            out.append((fname, self.check_expr(value, ft, origin) if value is not None
                        else self.name_value(fname, span, ft)))
        return out

    def name_value(self, name: str, span: Span, ty) -> hir.Expr:
        """Field shorthand `Point { x }` means `x: x`."""
        b = self.scope.lookup(name)
        if b is None:
            self.report_unknown_name(name, span)
            return self.error_expr(span)
        return self.expect(self.local_ref(b, span), ty)

    def e_STRUCT_UPDATE(self, node) -> hir.Expr:
        base = self.infer(node.base())
        t = prune(base.ty)
        info = self.program.structs.get(t.name) if isinstance(t, TCon) else None
        if info is None:
            if t != ERROR:
                self.report(errors.not_a_struct(self.file, base.span,
                                                f"a value of type `{self.show(t)}`"))
            for f in node.fields():
                self.infer(f.value())
            return self.error_expr(node.span)
        fields = self.field_inits(node.fields(), info, list(t.args))
        return hir.StructUpdate(base.ty, node.span, base, fields)

    # ------------------------------------------------------------ field access

    def field_access(self, node, obj: hir.Expr) -> hir.Expr:
        name = node.name() or ""
        span = node.name_token().span if node.name_token() else node.span
        t = prune(obj.ty)
        if t == ERROR:
            return self.error_expr(node.span)
        if isinstance(t, TVar):
            from .function import Deferred
            d = Deferred(self.u.fresh(), node.span, node=(name, span, "field"), receiver=obj,
                         args=None)
            self.deferred.append(d)
            return d
        return self.resolve_field(node.span, obj, name, span)

    def resolve_field(self, span: Span, obj: hir.Expr, name: str, name_span: Span) -> hir.Expr:
        t = prune(obj.ty)
        info = self.program.structs.get(t.name) if isinstance(t, TCon) else None
        if info is not None:
            ft = info.field_type(name, t.args)
            if ft is not None:
                return hir.Field(ft, span, obj, name)
            self.report(errors.unknown_field(self.file, name_span, info.name, name,
                                             closest(name, list(info.fields))))
            return self.error_expr(span)
        self.report(errors.no_field(self.file, name_span, t, name))
        return self.error_expr(span)

    # ------------------------------------------------------------ constructors

    def ctor_value(self, name: str, span: Span, sum_info: SumInfo | None = None) -> hir.Expr | None:
        """A variant used as a value: nullary ones are values, others functions."""
        v = self.find_variant(name, span, sum_info)
        if v is None:
            return None
        if v is False:
            return self.error_expr(span)
        args = [self.u.fresh() for _ in v.sum.params]
        ty = TCon(v.sum.symbol, tuple(args))
        fields = v.field_types(args)
        if not fields:
            return hir.Ctor(ty, span, v.sum.symbol, v.name, v.tag, [])
        params = [hir.Param(self.new_binding(f"f{i}", t, span)) for i, t in enumerate(fields)]
        body = hir.Ctor(ty, span, v.sum.symbol, v.name, v.tag,
                        [hir.LocalRef(p.binding.ty, span, p.binding) for p in params])
        return hir.Lambda(TFun(tuple(fields), ty), span, params, body, [])

    def find_variant(self, name: str, span: Span, sum_info: SumInfo | None = None):
        """The variant named ``name`` (None: no such constructor; False:
        ambiguous, already reported)."""
        if sum_info is not None:
            return sum_info.variant(name)
        found = self.program.lookup_ctor(self.module, name)
        if not found:
            return None
        if len(found) > 1:
            self.report(errors.ambiguous_ctor(self.file, span, name,
                                              sorted(v.sum.name for v in found)))
            return False
        return found[0]

    def ctor_call(self, span: Span, v, args: list, name: str) -> hir.Expr:
        sargs = [self.u.fresh() for _ in v.sum.params]
        ty = TCon(v.sum.symbol, tuple(sargs))
        fields = v.field_types(sargs)
        if len(fields) != len(args):
            if not fields:
                self.report(errors.not_a_function(self.file, span, ty))
            else:
                self.report(errors.wrong_arity(self.file, span, f"`{name}`", len(fields),
                                               len(args)))
            for a in args:
                self.arg_expr(a)
            return self.error_expr(span)
        out = []
        for i, (t, a) in enumerate(zip(fields, args)):
            origin = Label(span, f"field {i + 1} of `{name}` is `{{expected}}`")
            out.append(self.expect(a, t, origin) if isinstance(a, hir.Expr)
                       else self.check_expr(a, t, origin))
        return hir.Ctor(ty, span, v.sum.symbol, v.name, v.tag, out)

    # ------------------------------------------------------------ constants

    def const_ref(self, name: str, span: Span) -> hir.Expr | None:
        c = self.module.consts.get(name) or self.module.imported_consts.get(name)
        if c is None:
            return None
        current = self.in_const
        if current is not None and c.module == current.module and c.index >= current.index:
            what = "itself" if c is current else "a later constant"
            self.report(errors.unknown_name(self.file, span, name, None, [
                f"a constant cannot use {what}: `{name}` is defined at or after this one"]))
            return self.error_expr(span)
        if not c.done or c.ty is None:
            return self.error_expr(span)
        return hir.GlobalRef(c.ty, span, c.symbol)

