"""HIR -> MIR for one function (an instance, a lambda body or a wrapper): explicit control flow.

``lower_<Kind>`` handles one HIR expression kind and returns the operand that
holds its value, or ``None`` when control cannot continue past it (``return``,
``break``, ``panic``, a call of type ``Never``).  ``tail_<Kind>`` lowers an
expression in tail position (spec 05 section 10) and ends the block with a
return; a call of the instance itself there becomes "assign the parameters,
jump to the entry".  Data (records, variants, closures) is in
``lower_data``, loops in ``lower_loops``, calls and operators in
``lower_calls``; patterns go through ``decision_tree``.
"""

from __future__ import annotations

from collections.abc import Callable

from mesh_syntax.diagnostics import Span
from mesh_types import hir
from mesh_types.types import BOOL, STRING, UNIT, Type

from . import mir
from .decision_tree import compile_match
from .errors import unsupported
from .layout import is_zero_sized, kind
from .lower_calls import CallLowering
from .preemption import runs_in_bounded_time
from .lower_context import LoweringContext
from .lower_data import DataLowering
from .lower_helpers import HelperLowering
from .lower_loops import Loop, LoopLowering
from .mir_builder import MirBuilder
from .monomorphise import Instance, concrete


class FunctionLowerer(CallLowering, DataLowering, LoopLowering, HelperLowering):
    def __init__(self, ctx: LoweringContext, *, name: str, symbol: str, type_args: tuple[Type, ...],
                 mapping: dict[int, Type], file: str, params: list[hir.Binding], ret: Type,
                 span: Span | None, self_name: str | None, n_captures: int = 0) -> None:
        self.ctx = ctx
        self.fns = ctx.fns
        self.file = file
        self.mapping = mapping
        self.self_name = self_name          # self tail calls jump back to the entry
        self.mfn = mir.Function(name=name, symbol=symbol, type_args=type_args, params=[],
                                ret=self.ty(ret), file=file, loc=self.loc(span), n_captures=n_captures)
        self.b = MirBuilder(self.mfn)
        self.vars: dict[int, mir.Local] = {}
        self.loops: list[Loop] = []
        self.n_lambdas = 0
        for p in params:
            self.mfn.params.append(self.bind(p))

    @classmethod
    def for_instance(cls, ctx: LoweringContext, inst: Instance) -> FunctionLowerer:
        fn = inst.fn
        return cls(ctx, name=inst.name, symbol=fn.symbol, type_args=inst.type_args, mapping=inst.mapping(),
                   file=fn.file, params=[p.binding for p in fn.params], ret=fn.ret, span=fn.span,
                   self_name=inst.name)

    # ------------------------------------------------------------ helpers
    def ty(self, t: Type) -> Type:
        t = concrete(t, self.mapping)
        self.ctx.require(t)
        return t

    def loc(self, span) -> mir.Loc | None:
        return self.ctx.sources.loc(self.file, span.start) if span is not None else None

    def bind(self, binding: hir.Binding) -> mir.Local:
        local = self.b.var(self.ty(binding.ty), binding.name)
        local.source = True
        self.vars[binding.id] = local
        return local

    def unsupported(self, what: str, node) -> Exception:
        return unsupported(what, file=self.file, span=getattr(node, "span", None))

    def temp(self, t: Type, name: str = "t") -> mir.Local:
        return self.b.temp(t, name)

    # ------------------------------------------------------------ entry points
    def run(self, body: hir.Expr) -> mir.Function:
        self.b.start(self.b.block("start"))
        self.b.emit(mir.SafePoint(self.mfn.loc))
        self.lower_tail(body)
        if self.self_name is not None and runs_in_bounded_time(self.mfn):
            # A leaf without loops ends after a bounded number of steps, so
            # its entry check buys nothing (and it keeps LLVM from folding it).
            del self.mfn.blocks[0].instrs[0]
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

    def lower_all(self, exprs: list[hir.Expr]) -> list[mir.Operand] | None:
        """Left to right; None when one of them does not complete."""
        values = []
        for a in exprs:
            v = self.lower_expr(a)
            if v is None:
                return None
            values.append(v)
        return values

    lower_args = lower_all

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

    def display(self, value: mir.Operand, at: hir.Expr) -> mir.Operand:
        """Display, or Debug where the type has no Display (spec 03 s9.2)."""
        if kind(value.ty) == "String":
            return value
        if kind(value.ty) == "()":
            return mir.Const("()", STRING)
        op = self.ctx.caps.text_op(value.ty)
        if not self.ctx.caps.has(op, value.ty):
            raise self.unsupported(f"converting values of type `{value.ty!r}` to text", at)
        dest = self.temp(STRING, "text")
        self.b.emit(mir.ValueOp(self.loc(at.span), dest, op, value.ty, [value]))
        return dest

    def concat(self, a: mir.Operand, b: mir.Operand, at: hir.Expr) -> mir.Operand:
        dest = self.temp(STRING, "str")
        self.b.emit(mir.BinOp(self.loc(at.span), dest, "<>", a, b, STRING))
        return dest

    # ------------------------------------------------------------ names
    def lower_LocalRef(self, e: hir.LocalRef) -> mir.Operand:
        local = self.vars.get(e.binding.id)
        if local is None:
            raise self.unsupported(f"the variable `{e.binding.name}` here (it is not a capture of the closure)", e)
        return local

    def lower_GlobalRef(self, e: hir.GlobalRef) -> mir.Operand:
        dest = self.temp(self.ty(e.ty), e.symbol.rsplit(".", 1)[-1])
        self.b.emit(mir.GlobalGet(self.loc(e.span), dest, e.symbol))
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
            elif isinstance(stmt.expr, hir.For):     # its list is discarded: do not build it
                if self.lower_for(stmt.expr, collect=False) is None:
                    return False
            elif self.lower_expr(stmt.expr) is None:
                return False
        return True

    def bind_pattern(self, pattern: hir.Pattern, value: mir.Operand, stmt: hir.Let | None) -> bool:
        """Match ``value`` (a ``let``, a loop item); the code after continues in the match's arm."""
        if isinstance(pattern, hir.PBind):
            self.b.emit(mir.Assign(self.loc(pattern.span), self.bind(pattern.binding), value))
            return True
        if isinstance(pattern, hir.PWild):
            return True
        return compile_match(self, value, [(pattern, None)], lambda _arm: True,
                             self.loc(stmt.span if stmt is not None else pattern.span))

    def lower_Case(self, e: hir.Case) -> mir.Operand | None:
        scrutinee = self.lower_expr(e.scrutinee)
        if scrutinee is None:
            return None
        result = self.b.var(self.ty(e.ty), "case")
        join = self.b.block("case.end")
        arms = [(a.pattern, a.guard) for a in e.arms]
        reached = compile_match(self, scrutinee, arms,
                                lambda i: self.assign_and_join(e.arms[i].body, result, join), self.loc(e.span))
        if not reached:
            return None
        self.b.start(join)
        return result

    def tail_Case(self, e: hir.Case) -> None:
        scrutinee = self.lower_expr(e.scrutinee)
        if scrutinee is None:
            return
        arms = [(a.pattern, a.guard) for a in e.arms]
        compile_match(self, scrutinee, arms, lambda i: self.tail_or_unit(e.arms[i].body), self.loc(e.span))

    def lower_Return(self, e: hir.Return) -> None:
        self.tail_Return(e)

    def tail_Return(self, e: hir.Return) -> None:
        self.tail_or_unit(e.value)


def lower_program(instances: list[Instance], program: hir.Program) -> mir.Program:
    """Lower the seed ``instances`` (the entry first), the module constants, and every
    instance they request, until the worklist is empty."""
    ctx = LoweringContext(program)
    for inst in instances:
        ctx.request(inst)
    globals_: list[mir.Global] = []
    for module in program.modules:
        for const in module.consts:
            init = f"mesh.const.{const.symbol}"
            lw = FunctionLowerer(ctx, name=init, symbol=const.symbol, type_args=(), mapping={}, file=const.file,
                                 params=[], ret=const.ty, span=const.span, self_name=None)
            ctx.functions.append(lw.run(const.value))
            globals_.append(mir.Global(const.symbol, lw.mfn.ret, init))
    i = 0
    while i < len(ctx.queue):
        inst = ctx.queue[i]
        i += 1
        ctx.functions.append(FunctionLowerer.for_instance(ctx, inst).run(inst.fn.body))
    return mir.Program(ctx.functions, instances[0].name, {m.path: m.source for m in program.modules},
                       globals_, ctx.types, ctx.impls)
