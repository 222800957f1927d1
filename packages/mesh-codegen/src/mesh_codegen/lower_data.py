"""Lowering of data: atoms, tuples, structs, sum values, closures, list/map literals, ``?``
(a mixin of ``FunctionLowerer``)."""

from __future__ import annotations

from mesh_types import hir
from mesh_types.types import ATOM, INT, TCon, TFun, prune

from . import mir


class DataLowering:
    def lower_AtomLit(self, e: hir.AtomLit) -> mir.Operand:
        return mir.Const(e.name, ATOM)

    def lower_Tuple(self, e: hir.Tuple) -> mir.Operand | None:
        elems = self.lower_all(e.elems)
        if elems is None:
            return None
        dest = self.temp(self.ty(e.ty), "tuple")
        self.b.emit(mir.MakeRecord(self.loc(e.span), dest, elems))
        return dest

    def lower_StructLit(self, e: hir.StructLit) -> mir.Operand | None:
        """Fields are evaluated in the order written, stored in declaration order."""
        t = self.ty(e.ty)
        values = self.lower_all([v for _, v in e.fields])
        if values is None:
            return None
        by_name = {name: v for (name, _), v in zip(e.fields, values)}
        order = [name for name, _ in self.ctx.types.struct_fields(t)]
        missing = [n for n in order if n not in by_name]
        if missing:
            raise self.unsupported(f"a struct literal without the field `{missing[0]}`", e)
        dest = self.temp(t, "struct")
        self.b.emit(mir.MakeRecord(self.loc(e.span), dest, [by_name[n] for n in order]))
        return dest

    def lower_StructUpdate(self, e: hir.StructUpdate) -> mir.Operand | None:
        """The base, then the new values in the order written (spec 05 s3)."""
        base = self.lower_expr(e.base)
        if base is None:
            return None
        values = self.lower_all([v for _, v in e.fields])
        if values is None:
            return None
        t = self.ty(e.ty)
        new = {name: v for (name, _), v in zip(e.fields, values)}
        loc = self.loc(e.span)
        fields = []
        for index, (name, ft) in enumerate(self.ctx.types.struct_fields(t)):
            if name in new:
                fields.append(new[name])
                continue
            old = self.temp(ft, name)
            self.b.emit(mir.RecordGet(loc, old, base, index))
            fields.append(old)
        dest = self.temp(t, "struct")
        self.b.emit(mir.MakeRecord(loc, dest, fields))
        return dest

    def lower_Field(self, e: hir.Field) -> mir.Operand | None:
        obj = self.lower_expr(e.obj)
        if obj is None:
            return None
        t = prune(obj.ty)
        if not self.ctx.types.is_struct(t):
            raise self.unsupported(f"field access on `{t!r}`", e)
        dest = self.temp(self.ty(e.ty), e.name)
        self.b.emit(mir.RecordGet(self.loc(e.span), dest, obj, self.ctx.types.field_index(t, e.name)))
        return dest

    def lower_Ctor(self, e: hir.Ctor) -> mir.Operand | None:
        args = self.lower_all(e.args)
        if args is None:
            return None
        dest = self.temp(self.ty(e.ty), e.variant)
        self.b.emit(mir.MakeVariant(self.loc(e.span), dest, e.tag, args))
        return dest

    # ------------------------------------------------------------ closures
    def lower_Lambda(self, e: hir.Lambda) -> mir.Operand:
        """The body becomes its own MIR function taking the captured values first; the closure
        holds their values as of now (spec 05 s4)."""
        from .lower import FunctionLowerer

        fty = self.ty(e.ty)
        if not isinstance(fty, TFun):
            raise self.unsupported("a closure whose type is not a function type", e)
        captures = []
        for c in e.captures:
            local = self.vars.get(c.id)
            if local is None:
                raise self.unsupported(f"capturing `{c.name}` (not bound here)", e)
            captures.append(local)
        self.n_lambdas += 1
        name = f"{self.mfn.name}$fn{self.n_lambdas}"
        inner = FunctionLowerer(self.ctx, name=name, symbol=self.mfn.symbol, type_args=self.mfn.type_args,
                                mapping=self.mapping, file=self.file,
                                params=[*e.captures, *(p.binding for p in e.params)],
                                ret=fty.ret, span=e.span, self_name=None, n_captures=len(e.captures))
        self.ctx.functions.append(inner.run(e.body))
        dest = self.temp(fty, "closure")
        self.b.emit(mir.MakeClosure(self.loc(e.span), dest, name, list(captures)))
        return dest

    # ------------------------------------------------------------ collections
    def lower_ListLit(self, e: hir.ListLit) -> mir.Operand | None:
        elems = self.lower_all(e.elems)
        if elems is None:
            return None
        dest = self.temp(self.ty(e.ty), "list")
        self.b.emit(mir.CallBuiltin(self.loc(e.span), dest, "$list.of", elems))
        return dest

    def lower_MapLit(self, e: hir.MapLit) -> mir.Operand | None:
        """Key then value, entry by entry (spec 05 s3)."""
        t = self.ty(e.ty)
        loc = self.loc(e.span)
        current = self.temp(t, "map")
        self.b.emit(mir.CallBuiltin(loc, current, "Map.new", []))
        for k, v in e.entries:
            key = self.lower_expr(k)
            if key is None:
                return None
            value = self.lower_expr(v)
            if value is None:
                return None
            nxt = self.temp(t, "map")
            self.b.emit(mir.CallBuiltin(loc, nxt, "Map.put", [current, key, value]))
            current = nxt
        return current

    # ------------------------------------------------------------ ?
    def lower_Try(self, e: hir.Try) -> mir.Operand | None:
        """``Ok(v)``/``Some(v)`` give ``v``; ``Err(x)`` returns ``Err(x)`` (converted when the
        function's error type differs), ``None`` returns ``None`` (spec 05 s9)."""
        value = self.lower_expr(e.operand)
        if value is None:
            return None
        loc = self.loc(e.span)
        ok_tag, fail_tag = (0, 1) if e.kind == "result" else (1, 0)
        tag = self.temp(INT, "tag")
        self.b.emit(mir.VariantTag(loc, tag, value))
        ok, fail = self.b.block("try.ok"), self.b.block("try.fail")
        self.b.terminate(mir.Switch(loc, tag, [(ok_tag, ok)], fail))
        self.b.start(fail)
        ret = self.mfn.ret
        if not (isinstance(ret, TCon) and ret.name in ("Result", "Option")):
            raise self.unsupported(f"`?` in a function returning `{ret!r}`", e)
        out = self.temp(ret, "early")
        if e.kind == "result":
            err_t = prune(value.ty).args[1]
            err = self.temp(err_t, "err")
            self.b.emit(mir.VariantGet(loc, err, value, 1, 0))
            if e.convert is not None:
                conv_t = self.ty(e.convert.ty)
                err = self.call_callee(e.convert, None, [err], conv_t.ret if isinstance(conv_t, TFun)
                                       else ret.args[1], e)
                if err is None:
                    return None
            self.b.emit(mir.MakeVariant(loc, out, 1, [err]))
        else:
            self.b.emit(mir.MakeVariant(loc, out, 0, []))
        self.b.terminate(mir.Return(loc, out))
        self.b.start(ok)
        dest = self.temp(self.ty(e.ty), "ok")
        self.b.emit(mir.VariantGet(loc, dest, value, ok_tag, 0))
        return dest
