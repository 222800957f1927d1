"""Lowering of calls, function values and operators (a mixin of ``FunctionLowerer``).

A callee is a top-level function (direct call), a library function
(``builtins``), an interface method (static dispatch after
monomorphisation: a written impl, else the derived or built-in operation),
or any other function value (an indirect call through the closure).
Operators on user types call their impls (spec 03 s11); ``==``/``<`` on
compound types use the generated value operations.
"""

from __future__ import annotations

from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, STRING, TFun, Type, prune

from . import mir
from .builtins import CONSTANTS, NORETURN, is_builtin
from .layout import kind
from .monomorphise import instance_of

ARITH_INTERFACE = {"+": ("Add", "add"), "-": ("Sub", "sub"), "*": ("Mul", "mul"), "/": ("Div", "div"),
                   "%": ("Mod", "mod")}
METHOD_OPS = {("Eq", "eq"): "eq", ("Ord", "compare"): "compare", ("Hash", "hash"): "hash",
              ("Display", "to_string"): "display", ("Debug", "inspect"): "debug"}
# deriving(Json): `x.to_json()` and `T.from_json(text)` (json_codec)
JSON_METHODS = {("ToJson", "to_json"): "encoder", ("FromJson", "from_json"): "text_decoder"}
ITERABLE_BUILTINS = ("List", "Map", "Set", "Range", "Iter")
PRELUDE_METHODS = {"default": ("Default", "default"), "compare": ("Ord", "compare")}
NATIVE_SCALARS = ("Int", "Float", "Bool", "String", "()")


class CallLowering:
    # ------------------------------------------------------------ function values
    def lower_FnRef(self, e: hir.FnRef) -> mir.Operand:
        target = self.ctx.request(instance_of(e, self.fns, self.mapping, self.file))
        dest = self.temp(self.ty(e.ty), "fn")
        self.b.emit(mir.FnValue(self.loc(e.span), dest, target))
        return dest

    def lower_BuiltinRef(self, e: hir.BuiltinRef) -> mir.Operand:
        if e.name in CONSTANTS:
            value, t = CONSTANTS[e.name]
            return mir.Const(value, t)
        if not self.known_builtin(e.name):
            raise self.unsupported(f"the library function `{e.name}`", e)
        return self.wrapper_value(e)

    def known_builtin(self, name: str) -> bool:
        return is_builtin(name) or self.is_helper(name) or name in PRELUDE_METHODS

    def lower_MethodRef(self, e: hir.MethodRef) -> mir.Operand:
        return self.wrapper_value(e)

    def wrapper_value(self, callee: hir.Expr) -> mir.Operand:
        """A library function or interface method used as a value: a closure over a small
        function that calls it (a lambda with no captures)."""
        fty = self.ty(callee.ty)
        if not isinstance(fty, TFun):
            raise self.unsupported("a function value that is not of a function type", callee)
        params = [hir.Binding(self.ctx.fresh_id(), f"a{i}", p, callee.span) for i, p in enumerate(fty.params)]
        body = hir.Call(fty.ret, callee.span, callee, [hir.LocalRef(p.ty, callee.span, p) for p in params])
        lam = hir.Lambda(fty, callee.span, [hir.Param(p) for p in params], body, [])
        return self.lower_Lambda(lam)

    # ------------------------------------------------------------ calls
    def lower_Call(self, e: hir.Call, tail: bool = False) -> mir.Operand | None:
        """The callee is evaluated first, then the arguments left to right (spec 05 s3)."""
        callee = e.callee
        fn_value = None
        if not isinstance(callee, (hir.FnRef, hir.BuiltinRef, hir.MethodRef)):
            fn_value = self.lower_expr(callee)
            if fn_value is None:
                return None
        elif isinstance(callee, hir.BuiltinRef) and not self.known_builtin(callee.name):
            raise self.unsupported(f"the library function `{callee.name}`", callee)
        args = self.lower_all(e.args)
        if args is None:
            return None
        return self.call_callee(callee, fn_value, args, self.ty(e.ty), e, tail)

    def call_callee(self, callee: hir.Expr, fn_value: mir.Operand | None, args: list[mir.Operand],
                    ret: Type, at: hir.Expr, tail: bool = False) -> mir.Operand | None:
        loc = self.loc(at.span)
        if isinstance(callee, hir.MethodRef):
            return self.call_method(callee, args, ret, at)
        if isinstance(callee, hir.BuiltinRef) and callee.name in PRELUDE_METHODS:
            # the prelude's `default()` and `compare(a, b)` are interface methods
            fty = self.ty(callee.ty)
            interface, method = PRELUDE_METHODS[callee.name]
            self_type = fty.ret if callee.name == "default" else fty.params[0]
            ref = hir.MethodRef(callee.ty, callee.span, interface, method, self_type)
            return self.call_method(ref, args, ret, at)
        if isinstance(callee, hir.BuiltinRef) and self.is_helper(callee.name):
            return self.lower_helper(callee.name, args, ret, at)
        dest = self.temp(ret, "call")
        if isinstance(callee, hir.FnRef):
            target = self.ctx.request(instance_of(callee, self.fns, self.mapping, self.file))
            self.b.emit(mir.Call(loc, dest, target, args, tail=tail))
        elif isinstance(callee, hir.BuiltinRef):
            self.b.emit(mir.CallBuiltin(loc, dest, callee.name, args))
            if callee.name in NORETURN:
                self.b.terminate(mir.Unreachable(loc))
                return None
        else:
            if fn_value is None:
                fn_value = self.lower_expr(callee)
                if fn_value is None:
                    return None
            self.b.emit(mir.CallIndirect(loc, dest, fn_value, args, tail=tail))
        if kind(dest.ty) == "Never":
            self.b.terminate(mir.Unreachable(loc))
            return None
        return dest

    def tail_Call(self, e: hir.Call) -> None:
        callee = e.callee
        if isinstance(callee, hir.FnRef) and self.self_name is not None:
            target = instance_of(callee, self.fns, self.mapping, self.file)
            if target.name == self.self_name:
                self.self_tail_call(e)
                return
        value = self.lower_Call(e, tail=isinstance(callee, hir.FnRef) or not isinstance(
            callee, (hir.BuiltinRef, hir.MethodRef)))
        if value is not None:
            self.b.terminate(mir.Return(self.loc(e.span), value))

    def self_tail_call(self, e: hir.Call) -> None:
        """All arguments are evaluated (and snapshotted) before any parameter is rebound."""
        args = self.lower_all(e.args)
        if args is None:
            return
        loc = self.loc(e.span)
        snapshots = []
        for param, value in zip(self.mfn.params, args):
            if isinstance(value, mir.Local) and value.is_var:
                copy = self.temp(param.ty, param.name)
                self.b.emit(mir.Assign(loc, copy, value))
                value = copy
            snapshots.append(value)
        for param, value in zip(self.mfn.params, snapshots):
            self.b.emit(mir.Assign(loc, param, value))
        self.b.goto(self.mfn.blocks[0], loc)

    # ------------------------------------------------------------ interface methods
    def call_method(self, ref: hir.MethodRef, args: list[mir.Operand], ret: Type,
                    at: hir.Expr) -> mir.Operand | None:
        """Static dispatch: a written impl, else the derived / built-in operation."""
        self_type = self.ty(ref.self_type)
        iargs = tuple(self.ty(a) for a in ref.interface_args)
        loc = self.loc(at.span)
        inst = self.ctx.impls.find_method(ref.interface, ref.method, self_type, iargs, self.ty(ref.ty))
        if inst is None and ref.interface == "Into" and iargs:
            # `impl From<A> for B` provides `A.into() -> B`
            inst = self.ctx.impls.find_method("From", "from", iargs[0], (self_type,), TFun((self_type,), iargs[0]))
        dest = self.temp(ret, "call")
        if inst is not None:
            self.b.emit(mir.Call(loc, dest, self.ctx.request(inst), args))
            return dest
        if (ref.interface, ref.method) in (("Iterator", "next"), ("Iterable", "iter")) and \
                kind(self_type) in ITERABLE_BUILTINS:
            return self.builtin_iteration(ref.method, args[0], self_type, ret, dest, at)
        if (ref.interface, ref.method) in JSON_METHODS:
            codec = getattr(self.ctx.json, JSON_METHODS[(ref.interface, ref.method)])
            self.b.emit(mir.Call(loc, dest, codec(self_type), args))
            return dest
        op = METHOD_OPS.get((ref.interface, ref.method))
        if op is not None:
            self.b.emit(mir.ValueOp(loc, dest, op, self_type, args))
            return dest
        if (ref.interface, ref.method) == ("Ord", "lt"):
            return self.compare(args[0], args[1], "<", self_type, at)
        interface = {v: k for k, v in ARITH_INTERFACE.items()}
        if (ref.interface, ref.method) in interface and kind(self_type) in ("Int", "Float"):
            self.b.emit(mir.BinOp(loc, dest, interface[(ref.interface, ref.method)], args[0], args[1], self_type))
            return dest
        if (ref.interface, ref.method) == ("Neg", "neg") and kind(self_type) in ("Int", "Float"):
            self.b.emit(mir.UnOp(loc, dest, "-", args[0]))
            return dest
        if (ref.interface, ref.method) == ("Default", "default"):
            return self.default_value(self_type, dest, at)
        if ref.interface in ("From", "Into"):
            source = iargs[0] if ref.interface == "From" else self_type
            target = self_type if ref.interface == "From" else iargs[0]
            return self.convert(args[0], source, target, dest, at)
        raise self.unsupported(f"the method `{ref.interface}.{ref.method}` on `{self_type!r}`", at)

    def builtin_iteration(self, method: str, value: mir.Operand, self_type: Type, ret: Type,
                          dest: mir.Local, at: hir.Expr) -> mir.Operand | None:
        """``iter()`` of a built-in collection is ``Iter.from``; ``next()`` of an ``Iter`` pulls
        one item: ``Some((item, it))`` with the same (single-pass) iterator, or ``None``."""
        loc = self.loc(at.span)
        if method == "iter":
            self.b.emit(mir.CallBuiltin(loc, dest, "Iter.from", [value]))
            return dest
        if kind(self_type) != "Iter":
            raise self.unsupported(f"`next` on `{self_type!r}`", at)
        pair_t = prune(ret).args[0]
        more, item = self.temp(BOOL, "more"), self.temp(pair_t.elems[0], "item")
        self.b.emit(mir.IterNext(loc, more, item, value))
        result = self.b.var(ret, "next")
        some, none, join = self.b.block("next.some"), self.b.block("next.none"), self.b.block("next.end")
        self.b.terminate(mir.Branch(loc, more, some, none))
        self.b.start(some)
        pair = self.temp(pair_t, "pair")
        self.b.emit(mir.MakeRecord(loc, pair, [item, value]))
        wrapped = self.temp(ret, "some")
        self.b.emit(mir.MakeVariant(loc, wrapped, 1, [pair]))
        self.b.emit(mir.Assign(loc, result, wrapped))
        self.b.goto(join)
        self.b.start(none)
        empty = self.temp(ret, "none")
        self.b.emit(mir.MakeVariant(loc, empty, 0, []))
        self.b.emit(mir.Assign(loc, result, empty))
        self.b.goto(join)
        self.b.start(join)
        return result

    def default_value(self, t: Type, dest: mir.Local, at: hir.Expr) -> mir.Operand:
        """The built-in ``Default`` impls (spec 03 s9.3)."""
        k = kind(t)
        scalars = {"Int": 0, "Float": 0.0, "Bool": False, "String": "", "()": None}
        if k in scalars:
            return mir.Const(scalars[k], t)
        loc = self.loc(at.span)
        if k in ("List", "Map"):
            self.b.emit(mir.CallBuiltin(loc, dest, "$list.of" if k == "List" else "Map.new", []))
            return dest
        if k == "Option":
            self.b.emit(mir.MakeVariant(loc, dest, 0, []))
            return dest
        raise self.unsupported(f"`Default` for `{t!r}`", at)

    def convert(self, value: mir.Operand, source: Type, target: Type, dest: mir.Local,
                at: hir.Expr) -> mir.Operand:
        """The built-in ``From`` impls: Int -> Float, Int/Float/Bool -> String (spec 03 s9.6)."""
        loc = self.loc(at.span)
        if target == FLOAT and source == INT:
            self.b.emit(mir.CallBuiltin(loc, dest, "Int.to_float", [value]))
            return dest
        if target == STRING:
            return self.display(value, at)
        if source == target:
            return value
        raise self.unsupported(f"converting `{source!r}` to `{target!r}`", at)

    # ------------------------------------------------------------ operators
    def lower_Binary(self, e: hir.Binary) -> mir.Operand | None:
        if e.op in ("and", "or"):
            return self.short_circuit(e)
        lhs = self.lower_expr(e.lhs)
        if lhs is None:
            return None
        rhs = self.lower_expr(e.rhs)
        if rhs is None:
            return None
        operand_ty = self.ty(e.lhs.ty)
        k = kind(operand_ty)
        loc = self.loc(e.span)
        if e.op in ("==", "!=", "<", ">", "<=", ">=") and k not in NATIVE_SCALARS:
            return self.compare(lhs, rhs, e.op, operand_ty, e)
        if e.op in ARITH_INTERFACE and k not in ("Int", "Float"):
            interface, method = ARITH_INTERFACE[e.op]
            ref = hir.MethodRef(TFun((operand_ty, operand_ty), e.ty), e.span, interface, method, operand_ty)
            return self.call_method(ref, [lhs, rhs], self.ty(e.ty), e)
        if e.op == "<>" and k == "List":
            dest = self.temp(self.ty(e.ty), "list")
            self.b.emit(mir.CallBuiltin(loc, dest, "List.concat", [lhs, rhs]))
            return dest
        dest = self.temp(self.ty(e.ty), "v")
        self.b.emit(mir.BinOp(loc, dest, e.op, lhs, rhs, operand_ty))
        return dest

    def compare(self, lhs: mir.Operand, rhs: mir.Operand, op: str, t: Type, at: hir.Expr) -> mir.Operand:
        """``==``/``!=`` through Eq; orderings through Ord's three-way compare (spec 03 s9.1)."""
        loc = self.loc(at.span)
        if op in ("==", "!="):
            same = self.temp(BOOL, "eq")
            self.b.emit(mir.ValueOp(loc, same, "eq", t, [lhs, rhs]))
            if op == "==":
                return same
            dest = self.temp(BOOL, "ne")
            self.b.emit(mir.UnOp(loc, dest, "not", same))
            return dest
        order = self.temp(INT, "cmp")
        self.b.emit(mir.ValueOp(loc, order, "cmp", t, [lhs, rhs]))
        dest = self.temp(BOOL, "ord")
        self.b.emit(mir.BinOp(loc, dest, op, order, mir.Const(0, INT), INT))
        return dest

    def short_circuit(self, e: hir.Binary) -> mir.Operand | None:
        """``a and b`` is ``if a then b else false``; ``a or b`` is ``if a then true else b``."""
        lhs = self.lower_expr(e.lhs)
        if lhs is None:
            return None
        result = self.b.var(BOOL, e.op)
        rhs_block, done_block = self.b.block(e.op + ".rhs"), self.b.block(e.op + ".short")
        join = self.b.block(e.op + ".end")
        loc = self.loc(e.span)
        if e.op == "and":
            self.b.terminate(mir.Branch(loc, lhs, rhs_block, done_block))
        else:
            self.b.terminate(mir.Branch(loc, lhs, done_block, rhs_block))
        self.b.start(done_block)
        self.b.emit(mir.Assign(loc, result, mir.Const(e.op == "or", BOOL)))
        self.b.goto(join)
        self.b.start(rhs_block)
        rhs = self.lower_expr(e.rhs)
        if rhs is not None:
            self.b.emit(mir.Assign(loc, result, rhs))
            self.b.goto(join)
        self.b.start(join)
        return result

    def lower_Unary(self, e: hir.Unary) -> mir.Operand | None:
        operand = self.lower_expr(e.operand)
        if operand is None:
            return None
        t = self.ty(e.operand.ty)
        if e.op == "-" and kind(t) not in ("Int", "Float"):
            ref = hir.MethodRef(TFun((t,), e.ty), e.span, "Neg", "neg", t)
            return self.call_method(ref, [operand], self.ty(e.ty), e)
        dest = self.temp(self.ty(e.ty), "v")
        self.b.emit(mir.UnOp(self.loc(e.span), dest, e.op, operand))
        return dest


