"""HIR -> MIR for one function instance: explicit control flow, marked tail calls.

``lower_<Kind>`` handles one HIR expression kind and returns the operand that
holds its value, or ``None`` when control cannot continue past it (``return``,
``panic``, a call of type ``Never``).  ``tail_<Kind>`` lowers an expression in
tail position (spec 05 section 10) and ends the block with a return; a call of
the instance itself there becomes "assign the parameters, jump to the entry".
"""

from __future__ import annotations

from collections.abc import Callable

from mesh_types import hir
from mesh_types.types import BOOL, STRING, UNIT, Type

from . import mir
from .builtins import NORETURN, is_builtin
from .errors import unsupported
from .layout import is_zero_sized, kind
from .line_index import SourceMap
from .lower_case import lower_case
from .lower_pattern import is_irrefutable, match_pattern
from .mir_builder import MirBuilder
from .monomorphise import Instance, concrete, instance_of


class FunctionLowerer:
    def __init__(self, inst: Instance, fns: dict[str, hir.FnDef], sources: SourceMap) -> None:
        self.inst = inst
        self.fns = fns
        self.sources = sources
        self.file = inst.fn.file
        self.mapping = inst.mapping()
        fn = inst.fn
        self.mfn = mir.Function(
            name=inst.name, symbol=fn.symbol, type_args=inst.type_args, params=[],
            ret=self.ty(fn.ret), file=fn.file, loc=self.loc(fn.span))
        self.b = MirBuilder(self.mfn)
        self.vars: dict[int, mir.Local] = {}
        for p in fn.params:
            self.mfn.params.append(self.bind(p.binding))

    # ------------------------------------------------------------ helpers
    def ty(self, t: Type) -> Type:
        return concrete(t, self.mapping)

    def loc(self, span) -> mir.Loc | None:
        return self.sources.loc(self.file, span.start) if span is not None else None

    def bind(self, binding: hir.Binding) -> mir.Local:
        local = self.b.var(self.ty(binding.ty), binding.name)
        self.vars[binding.id] = local
        return local

    def unsupported(self, what: str, node) -> Exception:
        return unsupported(what, file=self.file, span=getattr(node, "span", None))

    # ------------------------------------------------------------ entry points
    def run(self) -> mir.Function:
        self.b.start(self.b.block("start"))
        self.lower_tail(self.inst.fn.body)
        return self.mfn

    def lower_expr(self, e: hir.Expr) -> mir.Operand | None:
        method = getattr(self, f"lower_{type(e).__name__}", None)
        if method is None:
            raise self.unsupported(f"`{type(e).__name__}` expressions", e)
        return method(e)

    def lower_tail(self, e: hir.Expr) -> None:
        method = getattr(self, f"tail_{type(e).__name__}", None)
        if method is not None:
            method(e)
            return
        value = self.lower_expr(e)
        if value is not None:
            self.b.terminate(mir.Return(self.loc(e.span), value))

    # ------------------------------------------------------------ literals
    def lower_IntLit(self, e: hir.IntLit) -> mir.Operand:
        return mir.Const(int(e.value), self.ty(e.ty))

    def lower_FloatLit(self, e: hir.FloatLit) -> mir.Operand:
        return mir.Const(float(e.value), self.ty(e.ty))

    def lower_BoolLit(self, e: hir.BoolLit) -> mir.Operand:
        return mir.Const(bool(e.value), BOOL)

    def lower_StrLit(self, e: hir.StrLit) -> mir.Operand:
        return mir.Const(e.value, STRING)

    def lower_UnitLit(self, e: hir.UnitLit) -> mir.Operand:
        return mir.Const(None, UNIT)

    def lower_Interp(self, e: hir.Interp) -> mir.Operand | None:
        """Each part is evaluated and converted to text before the next one (spec 05 s3)."""
        text: mir.Operand | None = None
        for part in e.parts:
            value = self.lower_expr(part)
            if value is None:
                return None
            piece = self.display(value, part)
            text = piece if text is None else self.concat(text, piece, part)
        return text if text is not None else mir.Const("", STRING)

    def display(self, value: mir.Operand, part: hir.Expr) -> mir.Operand:
        k = kind(value.ty)
        if k == "String":
            return value
        if k == "()":
            return mir.Const("()", STRING)
        if k in ("Int", "Float", "Bool"):
            dest = self.b.temp(STRING, "text")
            self.b.emit(mir.CallBuiltin(self.loc(part.span), dest, f"{k}.to_string", [value]))
            return dest
        if k == "Tuple":
            return self.display_tuple(value, part)
        raise self.unsupported(f"interpolating values of type `{value.ty!r}`", part)

    def display_tuple(self, value: mir.Operand, part: hir.Expr) -> mir.Operand:
        """``(a, b)``: elements with their Display, joined by ``, `` (spec 05 s8.1)."""
        text: mir.Operand = mir.Const("(", STRING)
        for index, elem_ty in enumerate(value.ty.elems):
            elem = self.b.temp(elem_ty, "elem")
            self.b.emit(mir.TupleGet(self.loc(part.span), elem, value, index))
            if index:
                text = self.concat(text, mir.Const(", ", STRING), part)
            text = self.concat(text, self.display(elem, part), part)
        return self.concat(text, mir.Const(")", STRING), part)

    def concat(self, a: mir.Operand, b: mir.Operand, at: hir.Expr) -> mir.Operand:
        dest = self.b.temp(STRING, "str")
        self.b.emit(mir.BinOp(self.loc(at.span), dest, "<>", a, b, STRING))
        return dest

    def lower_Tuple(self, e: hir.Tuple) -> mir.Operand | None:
        elems = self.lower_args(e.elems)
        if elems is None:
            return None
        dest = self.b.temp(self.ty(e.ty), "tuple")
        self.b.emit(mir.MakeTuple(self.loc(e.span), dest, elems))
        return dest

    # ------------------------------------------------------------ names
    def lower_LocalRef(self, e: hir.LocalRef) -> mir.Operand:
        local = self.vars.get(e.binding.id)
        if local is None:
            raise self.unsupported(f"capturing `{e.binding.name}` from an enclosing function", e)
        return local

    def lower_FnRef(self, e: hir.FnRef) -> mir.Operand:
        target = instance_of(e, self.fns, self.mapping, self.file)
        dest = self.b.temp(self.ty(e.ty), "fn")
        self.b.emit(mir.FnValue(self.loc(e.span), dest, target.name))
        return dest

    def lower_BuiltinRef(self, e: hir.BuiltinRef) -> mir.Operand:
        raise self.unsupported(f"`{e.name}` used as a value", e)

    # ------------------------------------------------------------ calls
    def lower_args(self, args: list[hir.Expr]) -> list[mir.Operand] | None:
        values = []
        for a in args:
            v = self.lower_expr(a)
            if v is None:
                return None
            values.append(v)
        return values

    def lower_Call(self, e: hir.Call, tail: bool = False) -> mir.Operand | None:
        """The callee is evaluated first, then the arguments left to right (spec 05 s3)."""
        callee = e.callee
        fn_value = None
        if not isinstance(callee, (hir.FnRef, hir.BuiltinRef)):
            fn_value = self.lower_expr(callee)
            if fn_value is None:
                return None
        elif isinstance(callee, hir.BuiltinRef) and not is_builtin(callee.name):
            raise self.unsupported(f"the library function `{callee.name}`", callee)
        args = self.lower_args(e.args)
        if args is None:
            return None
        dest = self.b.temp(self.ty(e.ty), "call")
        loc = self.loc(e.span)
        if isinstance(callee, hir.FnRef):
            target = instance_of(callee, self.fns, self.mapping, self.file)
            self.b.emit(mir.Call(loc, dest, target.name, args, tail=tail))
        elif isinstance(callee, hir.BuiltinRef):
            self.b.emit(mir.CallBuiltin(loc, dest, callee.name, args))
            if callee.name in NORETURN:
                self.b.terminate(mir.Unreachable(loc))
                return None
        else:
            self.b.emit(mir.CallIndirect(loc, dest, fn_value, args, tail=tail))
        if kind(dest.ty) == "Never":
            self.b.terminate(mir.Unreachable(loc))
            return None
        return dest

    def tail_Call(self, e: hir.Call) -> None:
        callee = e.callee
        if isinstance(callee, hir.FnRef):
            target = instance_of(callee, self.fns, self.mapping, self.file)
            if target.name == self.inst.name:
                self.self_tail_call(e)
                return
            value = self.lower_Call(e, tail=True)
        else:
            value = self.lower_Call(e, tail=not isinstance(callee, hir.BuiltinRef))
        if value is not None:
            self.b.terminate(mir.Return(self.loc(e.span), value))

    def self_tail_call(self, e: hir.Call) -> None:
        """All arguments are evaluated (and snapshotted) before any parameter is rebound."""
        args = self.lower_args(e.args)
        if args is None:
            return
        loc = self.loc(e.span)
        snapshots = []
        for param, value in zip(self.mfn.params, args):
            if isinstance(value, mir.Local) and value.is_var:
                copy = self.b.temp(param.ty, param.name)
                self.b.emit(mir.Assign(loc, copy, value))
                value = copy
            snapshots.append(value)
        for param, value in zip(self.mfn.params, snapshots):
            self.b.emit(mir.Assign(loc, param, value))
        self.b.goto(self.mfn.blocks[0], loc)

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
        dest = self.b.temp(self.ty(e.ty), "v")
        self.b.emit(mir.BinOp(self.loc(e.span), dest, e.op, lhs, rhs, self.ty(e.lhs.ty)))
        return dest

    def short_circuit(self, e: hir.Binary) -> mir.Operand | None:
        """``a and b`` is ``if a then b else false``; ``a or b`` is ``if a then true else b``."""
        lhs = self.lower_expr(e.lhs)
        if lhs is None:
            return None
        result = self.b.var(BOOL, e.op)
        rhs_block, done_block, join = self.b.block(e.op + ".rhs"), self.b.block(e.op + ".short"), self.b.block(e.op + ".end")
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
        dest = self.b.temp(self.ty(e.ty), "v")
        self.b.emit(mir.UnOp(self.loc(e.span), dest, e.op, operand))
        return dest

    # ------------------------------------------------------------ control flow
    def lower_If(self, e: hir.If) -> mir.Operand | None:
        result = self.b.var(self.ty(e.ty), "if")
        join = self.b.block("if.end")
        reached = self.branch_if(e, lambda branch: self.assign_and_join(branch, result, join))
        if not reached:
            return None
        self.b.start(join)
        return result

    def tail_If(self, e: hir.If) -> None:
        self.branch_if(e, self.tail_or_unit)

    def branch_if(self, e: hir.If, on_branch: Callable[[hir.Expr | None], bool]) -> bool:
        """Lower the condition and both branches; true if either branch reaches the join."""
        cond = self.lower_expr(e.cond)
        if cond is None:
            return False
        then_block, else_block = self.b.block("if.then"), self.b.block("if.else")
        self.b.terminate(mir.Branch(self.loc(e.span), cond, then_block, else_block))
        self.b.start(then_block)
        then_reached = on_branch(e.then)
        self.b.start(else_block)
        else_reached = on_branch(e.else_)
        return then_reached or else_reached

    def assign_and_join(self, body: hir.Expr | None, result: mir.Local, join: mir.Block) -> bool:
        value = self.lower_expr(body) if body is not None else mir.Const(None, UNIT)
        if value is None:
            return False
        loc = self.loc(body.span) if body is not None else None
        if not is_zero_sized(result.ty):   # a unit result needs no store
            self.b.emit(mir.Assign(loc, result, value))
        self.b.goto(join)
        return True

    def tail_or_unit(self, body: hir.Expr | None) -> bool:
        if body is None:
            self.b.terminate(mir.Return(None, mir.Const(None, UNIT)))
        else:
            self.lower_tail(body)
        return False

    def lower_Block(self, e: hir.Block) -> mir.Operand | None:
        if not self.lower_stmts(e.stmts):
            return None
        if e.result is None:
            return mir.Const(None, UNIT)
        return self.lower_expr(e.result)

    def tail_Block(self, e: hir.Block) -> None:
        if self.lower_stmts(e.stmts):
            self.tail_or_unit(e.result)

    def lower_stmts(self, stmts: list[hir.Stmt]) -> bool:
        """False when a statement never completes (the rest is dead and not lowered)."""
        for stmt in stmts:
            if isinstance(stmt, hir.Let):
                value = self.lower_expr(stmt.value)
                if value is None:
                    return False
                if not self.bind_pattern(stmt.pattern, value, stmt):
                    return False
            else:
                if self.lower_expr(stmt.expr) is None:
                    return False
        return True

    def bind_pattern(self, pattern: hir.Pattern, value: mir.Operand, stmt: hir.Let) -> bool:
        if is_irrefutable(pattern):
            match_pattern(self, pattern, value, None)
            return True
        fail, ok = self.b.block("let.nomatch"), self.b.block("let.ok")
        match_pattern(self, pattern, value, fail)
        self.b.goto(ok)
        self.b.start(fail)
        self.b.terminate(mir.Panic(self.loc(stmt.span), "no case clause matched"))
        self.b.start(ok)
        return True

    def lower_Case(self, e: hir.Case) -> mir.Operand | None:
        result = self.b.var(self.ty(e.ty), "case")
        join = self.b.block("case.end")
        reached = lower_case(self, e, lambda arm: self.assign_and_join(arm.body, result, join))
        if not reached:
            return None
        self.b.start(join)
        return result

    def tail_Case(self, e: hir.Case) -> None:
        lower_case(self, e, lambda arm: self.tail_or_unit(arm.body))

    def lower_Return(self, e: hir.Return) -> None:
        self.tail_Return(e)
        return None

    def tail_Return(self, e: hir.Return) -> None:
        self.tail_or_unit(e.value)


def lower_program(instances: list[Instance], program: hir.Program) -> mir.Program:
    sources = {m.path: m.source for m in program.modules}
    source_map = SourceMap(sources)
    fns = program.functions()
    functions = [FunctionLowerer(inst, fns, source_map).run() for inst in instances]
    return mir.Program(functions, instances[0].name, sources)
