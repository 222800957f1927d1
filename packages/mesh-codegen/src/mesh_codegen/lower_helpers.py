"""``Option.*`` and ``Result.*`` helpers (spec 11 s9), emitted by codegen directly as MIR:
tag tests, field reads, new variants and closure calls (a mixin of ``FunctionLowerer``).

Tags: ``None`` 0 / ``Some`` 1, ``Ok`` 0 / ``Err`` 1 (``type_defs``).
"""

from __future__ import annotations

from collections.abc import Callable

from mesh_types import hir
from mesh_types.types import BOOL, INT, STRING, TCon, TFun, TTuple, Type, prune

from . import mir
from .layout import kind
from .monomorphise import concrete

SOME, NONE, OK, ERR = 1, 0, 0, 1
Branch = Callable[[], mir.Operand | None]


class HelperLowering:
    def is_helper(self, name: str) -> bool:
        return hasattr(self, "helper_" + name.replace(".", "_"))

    def lower_helper(self, name: str, args: list[mir.Operand], ret: Type, at: hir.Expr) -> mir.Operand | None:
        return getattr(self, "helper_" + name.replace(".", "_"))(args, ret, at)

    # ------------------------------------------------------------ building blocks
    def _tag_is(self, value: mir.Operand, tag: int, at: hir.Expr) -> mir.Operand:
        loc = self.loc(at.span)
        t = self.temp(INT, "tag")
        self.b.emit(mir.VariantTag(loc, t, value))
        dest = self.temp(BOOL, "is")
        self.b.emit(mir.BinOp(loc, dest, "==", t, mir.Const(tag, INT), INT))
        return dest

    def _payload(self, value: mir.Operand, tag: int, at: hir.Expr) -> mir.Operand:
        t = prune(value.ty)
        field_t = t.args[0] if t.name == "Option" else t.args[tag]     # Ok(T) / Err(E)
        dest = self.temp(field_t, "payload")
        self.b.emit(mir.VariantGet(self.loc(at.span), dest, value, tag, 0))
        return dest

    def _variant(self, ty: Type, tag: int, args: list[mir.Operand], at: hir.Expr) -> mir.Operand:
        dest = self.temp(ty, "variant")
        self.b.emit(mir.MakeVariant(self.loc(at.span), dest, tag, args))
        return dest

    def _choose(self, value: mir.Operand, tag: int, ret: Type, on_tag: Branch, otherwise: Branch,
                at: hir.Expr) -> mir.Operand | None:
        """``if tag(value) == tag then on_tag() else otherwise()`` as a value of ``ret``."""
        loc = self.loc(at.span)
        cond = self._tag_is(value, tag, at)
        yes, no, join = self.b.block("helper.yes"), self.b.block("helper.no"), self.b.block("helper.end")
        result = self.b.var(ret, "helper")
        self.b.terminate(mir.Branch(loc, cond, yes, no))
        reached = False
        for block, branch in ((yes, on_tag), (no, otherwise)):
            self.b.start(block)
            v = branch()
            if v is not None:
                self.b.emit(mir.Assign(loc, result, v))
                self.b.goto(join)
                reached = True
        if not reached:
            return None
        self.b.start(join)
        return result

    def _apply(self, f: mir.Operand, x: mir.Operand, at: hir.Expr) -> mir.Operand:
        dest = self.temp(prune(f.ty).ret, "mapped")
        self.b.emit(mir.CallIndirect(self.loc(at.span), dest, f, [x]))
        return dest

    def _panic(self, message: mir.Operand, at: hir.Expr) -> None:
        loc = self.loc(at.span)
        self.b.emit(mir.CallBuiltin(loc, self.temp(TCon("()"), "panic"), "panic", [message]))
        self.b.terminate(mir.Unreachable(loc))
        return None

    # ------------------------------------------------------------ Option
    def helper_Option_is_some(self, args, ret, at):
        return self._tag_is(args[0], SOME, at)

    def helper_Option_is_none(self, args, ret, at):
        return self._tag_is(args[0], NONE, at)

    def helper_Option_unwrap(self, args, ret, at):
        o = args[0]
        return self._choose(o, SOME, ret, lambda: self._payload(o, SOME, at),
                            lambda: self._panic(mir.Const("Option.unwrap: None", STRING), at), at)

    def helper_Option_unwrap_or(self, args, ret, at):
        o, d = args
        return self._choose(o, SOME, ret, lambda: self._payload(o, SOME, at), lambda: d, at)

    def helper_Option_map(self, args, ret, at):
        o, f = args
        return self._choose(o, SOME, ret, lambda: self._variant(ret, SOME, [self._apply(f, self._payload(o, SOME, at), at)], at),
                            lambda: self._variant(ret, NONE, [], at), at)

    def helper_Option_to_result(self, args, ret, at):
        o, e = args
        return self._choose(o, SOME, ret, lambda: self._variant(ret, OK, [self._payload(o, SOME, at)], at),
                            lambda: self._variant(ret, ERR, [e], at), at)

    # ------------------------------------------------------------ Result
    def helper_Result_is_ok(self, args, ret, at):
        return self._tag_is(args[0], OK, at)

    def helper_Result_is_err(self, args, ret, at):
        return self._tag_is(args[0], ERR, at)

    def helper_Result_unwrap(self, args, ret, at):
        r = args[0]

        def fail():
            text = self.display(self._payload(r, ERR, at), at)
            message = self.concat(self.concat(mir.Const("Result.unwrap: Err(", STRING), text, at),
                                  mir.Const(")", STRING), at)
            return self._panic(message, at)
        return self._choose(r, OK, ret, lambda: self._payload(r, OK, at), fail, at)

    def helper_Result_unwrap_or(self, args, ret, at):
        r, d = args
        return self._choose(r, OK, ret, lambda: self._payload(r, OK, at), lambda: d, at)

    def helper_Result_map(self, args, ret, at):
        r, f = args
        return self._choose(r, OK, ret, lambda: self._variant(ret, OK, [self._apply(f, self._payload(r, OK, at), at)], at),
                            lambda: self._variant(ret, ERR, [self._payload(r, ERR, at)], at), at)

    def helper_Result_map_err(self, args, ret, at):
        r, f = args
        return self._choose(r, OK, ret, lambda: self._variant(ret, OK, [self._payload(r, OK, at)], at),
                            lambda: self._variant(ret, ERR, [self._apply(f, self._payload(r, ERR, at), at)], at), at)

    def helper_Result_ok(self, args, ret, at):
        r = args[0]
        return self._choose(r, OK, ret, lambda: self._variant(ret, SOME, [self._payload(r, OK, at)], at),
                            lambda: self._variant(ret, NONE, [], at), at)

    # ------------------------------------------------------------ Json
    def helper_Json_encode(self, args, ret, at):
        """Scalars straight to text; anything else ``ToJson`` through its Json value."""
        value = args[0]
        direct = {"String": "Json.encode_string", "Int": "Json.encode_int", "Bool": "Json.encode_bool",
                  "Float": "$json.encode_float"}.get(getattr(prune(value.ty), "name", ""))
        dest = self.temp(STRING, "json")
        loc = self.loc(at.span)
        if direct is not None and not prune(value.ty).args:
            self.b.emit(mir.CallBuiltin(loc, dest, direct, [value]))
            return dest
        json = self.temp(TCon("Json"), "json")
        self.b.emit(mir.Call(loc, json, self.ctx.json.encoder(prune(value.ty)), [value]))
        self.b.emit(mir.CallBuiltin(loc, dest, "$json.encode", [json]))
        return dest

    helper_JSON_encode = helper_Json_encode

    # ------------------------------------------------------------ Iter
    def helper_Iter_from(self, args, ret, at):
        """Built-in sources go to the runtime (``library_iter``); a user ``Iterator`` becomes a
        runtime iterator that calls its ``next`` (a closure) once per pull; a user
        ``Iterable`` is asked for its iterator first (spec 03 s9.5)."""
        value = args[0]
        t = prune(value.ty)
        loc = self.loc(at.span)
        dest = self.temp(ret, "iter")
        impls = self.ctx.impls
        if self.ctx.types.definition(t) is not None:
            if impls.find("Iterator", t, ()) is not None:
                item = prune(ret).args[0]
                step_t = TCon("Option", (TTuple((item, t)),))
                next_ref = hir.MethodRef(TFun((t,), step_t), at.span, "Iterator", "next", t)
                self.b.emit(mir.CallBuiltin(loc, dest, "$iter.from_next", [value, self.wrapper_value(next_ref)]))
                return dest
            iter_inst = impls.find_method("Iterable", "iter", t, ())
            if iter_inst is not None:
                inner = self.temp(self.ty(concrete(iter_inst.fn.ret, iter_inst.mapping())), "iterable")
                self.b.emit(mir.Call(loc, inner, self.ctx.request(iter_inst), [value]))
                if kind(inner.ty) == "Iter":
                    return inner
                return self.helper_Iter_from([inner], ret, at)
        self.b.emit(mir.CallBuiltin(loc, dest, "Iter.from", [value]))
        return dest
