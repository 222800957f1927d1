"""Constructors for hand-made HIR, as the type checker would produce it.

    h = HirBuilder("fn main() do\n  println(\"hi\")\nend\n")
    with h.at_line(2):
        body = h.call_builtin("println", [h.str("hi")], UNIT)
    program = h.program([h.fn("main", [], UNIT, body)])

Types are given explicitly where they cannot be derived; spans point at the
start of the line chosen with ``at_line`` (line 1 by default) so panic
locations can be checked.
"""

from __future__ import annotations

import contextlib
import itertools

from mesh_syntax.diagnostics import Span
from mesh_types import hir
from mesh_types.types import (
    ATOM,
    BOOL,
    FLOAT,
    INT,
    NEVER,
    STRING,
    UNIT,
    TCon,
    TFun,
    TParam,
    TTuple,
    Type,
)

COMPARISONS = {"==", "!=", "<", ">", "<=", ">="}


class HirBuilder:
    def __init__(self, source: str = "fn main() do\nend\n", file: str = "main.mpl") -> None:
        self.source = source
        self.file = file
        self._ids = itertools.count(1)
        self._line_starts = [0] + [i + 1 for i, c in enumerate(source.encode()) if c == 10]
        self.span = Span(0, 0)

    # -- positions
    @contextlib.contextmanager
    def at_line(self, line: int):
        saved = self.span
        start = self._line_starts[line - 1]
        self.span = Span(start, start)
        try:
            yield
        finally:
            self.span = saved

    # -- literals
    def int(self, v: int) -> hir.IntLit:
        return hir.IntLit(INT, self.span, v)

    def float(self, v: float) -> hir.FloatLit:
        return hir.FloatLit(FLOAT, self.span, v)

    def bool(self, v: bool) -> hir.BoolLit:
        return hir.BoolLit(BOOL, self.span, v)

    def str(self, v: str) -> hir.StrLit:
        return hir.StrLit(STRING, self.span, v)

    def unit(self) -> hir.UnitLit:
        return hir.UnitLit(UNIT, self.span)

    def interp(self, *parts: hir.Expr) -> hir.Interp:
        return hir.Interp(STRING, self.span, list(parts))

    # -- names
    def binding(self, name: str, ty: Type) -> hir.Binding:
        return hir.Binding(next(self._ids), name, ty, self.span)

    def ref(self, b: hir.Binding) -> hir.LocalRef:
        return hir.LocalRef(b.ty, self.span, b)

    def tparam(self, name: str) -> TParam:
        return TParam(next(self._ids), name)

    # -- calls and operators
    def call(self, fn: hir.FnDef, args: list[hir.Expr], type_args: list[Type] | None = None,
             ret: Type | None = None) -> hir.Call:
        """A call of ``fn``; pass ``ret`` when ``fn`` is generic (the instantiated result type)."""
        ret = fn.ret if ret is None else ret
        fty = TFun(tuple(a.ty for a in args), ret)
        callee = hir.FnRef(fty, self.span, fn.symbol, list(type_args or []))
        return hir.Call(ret, self.span, callee, args)

    def call_symbol(self, symbol: str, args: list[hir.Expr], ret: Type,
                    type_args: list[Type] | None = None) -> hir.Call:
        """A call by name, for functions defined later (mutual or self recursion)."""
        fty = TFun(tuple(a.ty for a in args), ret)
        return hir.Call(ret, self.span, hir.FnRef(fty, self.span, symbol, list(type_args or [])), args)

    def builtin(self, name: str, args: list[hir.Expr], ret: Type) -> hir.Call:
        fty = TFun(tuple(a.ty for a in args), ret)
        return hir.Call(ret, self.span, hir.BuiltinRef(fty, self.span, name), args)

    def println(self, e: hir.Expr) -> hir.Call:
        return self.builtin("println", [e], UNIT)

    def show(self, e: hir.Expr) -> hir.Call:
        """``println("${e}")``"""
        return self.println(self.interp(e))

    def binary(self, op: str, a: hir.Expr, b: hir.Expr) -> hir.Binary:
        ty = BOOL if op in COMPARISONS or op in ("and", "or") else a.ty
        return hir.Binary(ty, self.span, op, a, b)

    def unary(self, op: str, a: hir.Expr) -> hir.Unary:
        return hir.Unary(a.ty, self.span, op, a)

    # -- control flow
    def if_(self, cond: hir.Expr, then: hir.Expr, else_: hir.Expr | None = None,
            ty: Type | None = None) -> hir.If:
        if ty is None:
            ty = UNIT if else_ is None else (then.ty if then.ty != NEVER else else_.ty)
        return hir.If(ty, self.span, cond, then, else_)

    def block(self, *items: hir.Stmt | hir.Expr, result: hir.Expr | None = None) -> hir.Block:
        stmts = [s if isinstance(s, (hir.Let, hir.ExprStmt)) else hir.ExprStmt(s, self.span) for s in items]
        return hir.Block(result.ty if result is not None else UNIT, self.span, stmts, result)

    def let(self, b: hir.Binding, value: hir.Expr) -> hir.Let:
        return hir.Let(hir.PBind(b.ty, self.span, b), value, self.span)

    def case(self, scrutinee: hir.Expr, arms: list[hir.Arm], ty: Type) -> hir.Case:
        return hir.Case(ty, self.span, scrutinee, arms)

    def arm(self, pattern: hir.Pattern, body: hir.Expr, guard: hir.Expr | None = None) -> hir.Arm:
        return hir.Arm(pattern, guard, body, self.span)

    def plit(self, value: object, ty: Type) -> hir.PLit:
        return hir.PLit(ty, self.span, value)

    def pwild(self, ty: Type) -> hir.PWild:
        return hir.PWild(ty, self.span)

    def pbind(self, b: hir.Binding) -> hir.PBind:
        return hir.PBind(b.ty, self.span, b)

    def return_(self, value: hir.Expr | None) -> hir.Return:
        return hir.Return(NEVER, self.span, value)

    # -- items
    def fn(self, symbol: str, params: list[hir.Binding], ret: Type, body: hir.Expr,
           type_params: list[TParam] | None = None) -> hir.FnDef:
        return hir.FnDef(symbol, [hir.Param(b) for b in params], ret, body,
                         list(type_params or []), self.span, self.file)

    def program(self, functions: list[hir.FnDef], entry: str = "main", *, structs=(), sums=(), impls=(),
                consts=()) -> hir.Program:
        module = hir.Module("Main", self.file, self.source, functions, list(structs), list(sums), list(impls),
                            list(consts))
        return hir.Program([module], entry)

    # -- the full sequential language
    def struct_def(self, name: str, fields: list[tuple[str, Type]], derives=None,
                   type_params: list[TParam] | None = None) -> hir.StructDef:
        derives = {"Eq", "Ord", "Hash", "Debug"} if derives is None else set(derives)
        return hir.StructDef(name, name, list(type_params or []), fields, derives, self.span, self.file)

    def sum_def(self, name: str, variants: list[tuple[str, list[Type]]], derives=None,
                type_params: list[TParam] | None = None) -> hir.SumDef:
        derives = {"Eq", "Ord", "Debug"} if derives is None else set(derives)
        return hir.SumDef(name, name, list(type_params or []),
                          [hir.Variant(n, i, f) for i, (n, f) in enumerate(variants)], derives, self.span, self.file)

    def struct_lit(self, ty: Type, fields: list[tuple[str, hir.Expr]]) -> hir.StructLit:
        return hir.StructLit(ty, self.span, ty.name, fields)

    def field(self, obj: hir.Expr, name: str, ty: Type) -> hir.Field:
        return hir.Field(ty, self.span, obj, name)

    def ctor(self, ty: Type, variant: str, tag: int, args: list[hir.Expr] | None = None) -> hir.Ctor:
        return hir.Ctor(ty, self.span, ty.name, variant, tag, list(args or []))

    def some(self, e: hir.Expr) -> hir.Ctor:
        return self.ctor(TCon("Option", (e.ty,)), "Some", 1, [e])

    def none(self, t: Type) -> hir.Ctor:
        return self.ctor(TCon("Option", (t,)), "None", 0)

    def pctor(self, ty: Type, variant: str, tag: int, args: list[hir.Pattern] | None = None) -> hir.PCtor:
        return hir.PCtor(ty, self.span, ty.name, variant, tag, list(args or []))

    def tuple(self, *elems: hir.Expr) -> hir.Tuple:
        return hir.Tuple(TTuple(tuple(e.ty for e in elems)), self.span, list(elems))

    def ptuple(self, *elems: hir.Pattern) -> hir.PTuple:
        return hir.PTuple(TTuple(tuple(p.ty for p in elems)), self.span, list(elems))

    def lambda_(self, params: list[hir.Binding], body: hir.Expr, captures: list[hir.Binding]) -> hir.Lambda:
        ty = TFun(tuple(p.ty for p in params), body.ty)
        return hir.Lambda(ty, self.span, [hir.Param(p) for p in params], body, list(captures))

    def call_value(self, f: hir.Expr, args: list[hir.Expr]) -> hir.Call:
        return hir.Call(f.ty.ret, self.span, f, args)

    def method(self, interface: str, method: str, self_type: Type, fty: TFun,
               interface_args: list[Type] | None = None) -> hir.MethodRef:
        return hir.MethodRef(fty, self.span, interface, method, self_type, list(interface_args or []))

    def impl(self, interface: str, target: Type, methods: dict[str, str], interface_args=(),
             type_params=()) -> hir.ImplDef:
        return hir.ImplDef(interface, list(interface_args), target, list(type_params), methods, {}, self.span,
                           self.file)

    def atom(self, name: str) -> hir.AtomLit:
        return hir.AtomLit(ATOM, self.span, name)

    def list_(self, elem: Type, *elems: hir.Expr) -> hir.ListLit:
        return hir.ListLit(TCon("List", (elem,)), self.span, list(elems))

    def range_(self, a: hir.Expr, b: hir.Expr) -> hir.Call:
        return self.builtin("Range.new", [a, b], TCon("Range"))
