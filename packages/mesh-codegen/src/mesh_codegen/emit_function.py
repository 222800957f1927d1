"""MIR function -> LLVM function: one ``emit_<Kind>`` method per MIR instruction/terminator.

Vars get a stack slot (``alloca`` in the entry block; ``mem2reg`` promotes
them when optimising); temps are SSA values kept in a dict.  Zero-sized
values (unit) need neither: reading one yields the empty constant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import ATOM, TCon, TFun, prune

from . import mir
from .builtins import BUILTINS
from .emit_ops import emit_binop, emit_unop
from .errors import build_error
from .layout import F64, I1, I64, UNIT, from_word, kind, llvm_type, unit_value
from .records import (
    allocate,
    load_field,
    load_tag,
    shape_of,
    store_field,
    store_prefix,
    variant_shape,
)

ORDERING = TCon("Ordering")

if TYPE_CHECKING:
    from .emit_module import ModuleEmitter


class FunctionEmitter:
    def __init__(self, me: ModuleEmitter, mfn: mir.Function, llfn: ir.Function) -> None:
        self.me = me
        self.mfn = mfn
        self.llfn = llfn
        self.runtime = me.runtime
        self.constants = me.constants
        self.builder = ir.IRBuilder()
        self.temps: dict[int, ir.Value] = {}
        self.slots: dict[int, ir.AllocaInstr] = {}
        self.blocks: dict[int, ir.Block] = {}
        self.loc: mir.Loc | None = mfn.loc

    # ------------------------------------------------------------ driver
    def entry_alloca(self, ty: ir.Type, name: str = "") -> ir.AllocaInstr:
        """A stack slot in the entry block (so a loop does not grow the stack)."""
        b = ir.IRBuilder(self.entry)
        b.position_at_start(self.entry)
        return b.alloca(ty, name=name)

    def run(self) -> None:
        entry = self.entry = self.llfn.append_basic_block("entry")
        for block in self.mfn.blocks:
            self.blocks[id(block)] = self.llfn.append_basic_block(block.label)
        self.builder.position_at_end(entry)
        self.me.debug.enter_function(self)
        for param, arg in zip(self.mfn.params, self.llfn.args):
            arg.name = param.name
        self.allocate_slots()
        for param, arg in zip(self.mfn.params, self.llfn.args):
            self.define(param, arg)
        self.builder.branch(self.blocks[id(self.mfn.blocks[0])])
        for block in self.mfn.blocks:
            self.builder.position_at_end(self.blocks[id(block)])
            for instr in block.instrs:
                self.dispatch(instr)
            self.dispatch(block.term or mir.Unreachable(None))

    def dispatch(self, node: mir.Instr | mir.Terminator) -> None:
        if node.loc is not None:
            self.loc = node.loc
        self.me.debug.set_location(self)
        getattr(self, f"emit_{type(node).__name__}")(node)

    def allocate_slots(self) -> None:
        params = {p.id: i + 1 for i, p in enumerate(self.mfn.params[self.mfn.n_captures:])}
        for local in self._vars():
            ty = llvm_type(local.ty)
            if ty != UNIT and local.id not in self.slots:
                slot = self.slots[local.id] = self.builder.alloca(ty, name=local.name + ".slot")
                if local.source:
                    self.me.debug.declare(self, local, slot, params.get(local.id))

    def _vars(self):
        yield from self.mfn.params
        for block in self.mfn.blocks:
            for instr in block.instrs:
                dest = getattr(instr, "dest", None)
                if dest is not None and dest.is_var:
                    yield dest

    # ------------------------------------------------------------ values
    def value(self, op: mir.Operand) -> ir.Value:
        if isinstance(op, mir.Const):
            return self.constant(op)
        if op.is_var:
            slot = self.slots.get(op.id)
            return unit_value() if slot is None else self.builder.load(slot, name=op.name)
        if op.id not in self.temps:
            raise build_error(f"internal error: `{op!r}` used before it is defined in `{self.mfn.name}`")
        return self.temps[op.id]

    def constant(self, c: mir.Const) -> ir.Value:
        ty = llvm_type(c.ty)
        if isinstance(c.value, str):
            if prune(c.ty) == ATOM:
                return self.constants.atom(c.value, self.me.descs.of_type(ATOM))
            return self.constants.string(c.value)
        if ty == UNIT or c.value is None:
            return unit_value()
        if ty == F64:
            return ir.Constant(F64, float(c.value))
        if ty == I1:
            return ir.Constant(I1, int(bool(c.value)))
        if ty == I64:
            return ir.Constant(I64, int(c.value))
        raise build_error(f"internal error: constant {c.value!r} of type `{c.ty!r}`")

    def define(self, local: mir.Local, value: ir.Value) -> None:
        if not local.is_var:
            self.temps[local.id] = value
            return
        slot = self.slots.get(local.id)
        if slot is not None:
            self.builder.store(value, slot)

    def location_args(self) -> tuple[ir.Value, ir.Value]:
        """``(const char *file, int64_t line)`` for runtime panics at the current location."""
        file = self.constants.cstring(self.mfn.file)
        line = self.loc.line if self.loc is not None else 0
        return file, ir.Constant(I64, line)

    def cold_branch(self, cond: ir.Value) -> tuple[ir.Block, ir.Block]:
        """Branch on ``cond``, expected false: (the unlikely block, the likely one)."""
        fail = self.llfn.append_basic_block("panic")
        ok = self.llfn.append_basic_block("ok")
        expect = self.builder.call(self.runtime.fn("llvm.expect.i1"), [cond, ir.Constant(I1, 0)])
        self.builder.cbranch(expect, fail, ok)
        return fail, ok

    def panic_if(self, cond: ir.Value, reason: str) -> None:
        """Branch to a cold block that panics with ``reason`` when ``cond`` holds."""
        fail, ok = self.cold_branch(cond)
        self.builder.position_at_end(fail)
        self.emit_panic_cstr(reason)
        self.builder.position_at_end(ok)

    def panic_now(self, reason: str, ty: ir.Type) -> ir.Value:
        """Panic unconditionally; the code after it is dead, so any value of ``ty`` will do."""
        self.emit_panic_cstr(reason)
        self.builder.position_at_end(self.llfn.append_basic_block("dead"))
        return ir.Constant(ty, ir.Undefined)

    def emit_panic_cstr(self, reason: str) -> None:
        file, line = self.location_args()
        self.builder.call(self.runtime.fn("mesh_rt_panic_cstr"), [self.constants.cstring(reason), file, line])
        self.builder.unreachable()

    # ------------------------------------------------------------ instructions
    def emit_Assign(self, ins: mir.Assign) -> None:
        self.define(ins.dest, self.value(ins.src))

    def emit_BinOp(self, ins: mir.BinOp) -> None:
        a, b = self.value(ins.lhs), self.value(ins.rhs)
        self.define(ins.dest, emit_binop(self, ins.op, ins.operand_ty, a, b))

    def emit_UnOp(self, ins: mir.UnOp) -> None:
        a = self.value(ins.operand)
        self.define(ins.dest, emit_unop(self, ins.op, kind(ins.operand.ty), a))

    def emit_MakeRecord(self, ins: mir.MakeRecord) -> None:
        shape = shape_of(self.me.types, prune(ins.dest.ty))
        obj = allocate(self.builder, self.me.alloc, self.me.descs.of_type(ins.dest.ty), shape)
        for index, field in enumerate(ins.fields):
            store_field(self.builder, obj, shape, index, self.value(field))
        self.define(ins.dest, obj)

    def emit_RecordGet(self, ins: mir.RecordGet) -> None:
        shape = shape_of(self.me.types, prune(ins.record.ty))
        self.define(ins.dest, load_field(self.builder, self.value(ins.record), shape, ins.index, ins.dest.name))

    def emit_MakeVariant(self, ins: mir.MakeVariant) -> None:
        t = prune(ins.dest.ty)
        if not ins.args:
            self.define(ins.dest, self.me.descs.static_variant(t, ins.tag))
            return
        shape = variant_shape(self.me.types, t, ins.tag)
        obj = allocate(self.builder, self.me.alloc, self.me.descs.variant(t, ins.tag), shape)
        store_prefix(self.builder, obj, shape, 0, ir.Constant(I64, ins.tag))
        for index, arg in enumerate(ins.args):
            store_field(self.builder, obj, shape, index, self.value(arg))
        self.define(ins.dest, obj)

    def emit_VariantTag(self, ins: mir.VariantTag) -> None:
        self.define(ins.dest, load_tag(self.builder, self.value(ins.value)))

    def emit_VariantGet(self, ins: mir.VariantGet) -> None:
        shape = variant_shape(self.me.types, prune(ins.value.ty), ins.tag)
        self.define(ins.dest, load_field(self.builder, self.value(ins.value), shape, ins.index, ins.dest.name))

    def emit_MakeClosure(self, ins: mir.MakeClosure) -> None:
        values = [self.value(c) for c in ins.captures]
        self.define(ins.dest, self.me.closures.make(self.builder, ins.body, [c.ty for c in ins.captures], values))

    def emit_ValueOp(self, ins: mir.ValueOp) -> None:
        args = [self.value(a) for a in ins.args]
        if ins.op == "compare":
            self.define(ins.dest, self.ordering(self.me.ops.call(self.builder, "cmp", ins.ty, args)))
            return
        self.define(ins.dest, self.me.ops.call(self.builder, ins.op, ins.ty, args))

    def ordering(self, cmp: ir.Value) -> ir.Value:
        """-1/0/1 -> the STATIC Less/Equal/Greater object."""
        b, descs = self.builder, self.me.descs
        less, equal, greater = (descs.static_variant(ORDERING, tag) for tag in range(3))
        above = b.select(b.icmp_signed(">", cmp, ir.Constant(I64, 0)), greater, equal)
        return b.select(b.icmp_signed("<", cmp, ir.Constant(I64, 0)), less, above)

    def emit_GlobalGet(self, ins: mir.GlobalGet) -> None:
        var = self.me.globals[ins.symbol]
        self.define(ins.dest, self.builder.load(var, typ=var.value_type, name=ins.dest.name)
                    if var.value_type != UNIT else unit_value())

    def emit_GlobalSet(self, ins: mir.GlobalSet) -> None:
        var = self.me.globals[ins.symbol]
        if var.value_type != UNIT:
            self.builder.store(self.value(ins.value), var)

    def emit_CursorNext(self, ins: mir.CursorNext) -> None:
        b = self.builder
        key = self.entry_alloca(I64, "key")
        args = [self.value(ins.coll), self.value(ins.cursor), key]
        value = None
        if ins.value is not None:
            value = self.entry_alloca(I64, "value")
            args.append(value)
        self.define(ins.cursor_dest, b.call(self.runtime.fn(f"mesh_rt_{ins.kind}_next"), args))
        self.define(ins.key, from_word(b, b.load(key, typ=I64), llvm_type(ins.key.ty)))
        if ins.value is not None:
            self.define(ins.value, from_word(b, b.load(value, typ=I64), llvm_type(ins.value.ty)))

    def emit_IterNext(self, ins: mir.IterNext) -> None:
        b = self.builder
        slot = self.entry_alloca(I64, "item")
        found = b.call(self.runtime.fn("mesh_rt_iter_next"), [self.value(ins.iter), slot])
        self.define(ins.found, b.icmp_unsigned("!=", found, ir.Constant(found.type, 0)))
        self.define(ins.item, from_word(b, b.load(slot, typ=I64), llvm_type(ins.item.ty)))

    def emit_SafePoint(self, ins: mir.SafePoint) -> None:
        self.me.preemption.check(self)

    def emit_Call(self, ins: mir.Call) -> None:
        callee = self.me.functions[ins.callee]
        args = [self.value(a) for a in ins.args]
        self.define(ins.dest, self.builder.call(callee, args, tail=ins.tail))

    def emit_FnValue(self, ins: mir.FnValue) -> None:
        self.define(ins.dest, self.me.closures.constant_closure(ins.callee))

    def emit_CallIndirect(self, ins: mir.CallIndirect) -> None:
        fn_type = prune(ins.callee.ty)
        if not isinstance(fn_type, TFun):
            raise build_error(f"internal error: call of a value of type `{fn_type!r}`")
        args = [self.value(a) for a in ins.args]
        self.define(ins.dest, self.me.closures.call(self.builder, self.value(ins.callee), args,
                                                    llvm_type(ins.dest.ty), tail=ins.tail))

    def emit_CallBuiltin(self, ins: mir.CallBuiltin) -> None:
        args = [self.value(a) for a in ins.args]
        self.define(ins.dest, BUILTINS[ins.name](self, args, ins))

    # ------------------------------------------------------------ terminators
    def target(self, block: mir.Block) -> ir.Block:
        return self.blocks[id(block)]

    def emit_Goto(self, t: mir.Goto) -> None:
        self.builder.branch(self.target(t.target))

    def emit_Branch(self, t: mir.Branch) -> None:
        self.builder.cbranch(self.value(t.cond), self.target(t.then), self.target(t.else_))

    def emit_Switch(self, t: mir.Switch) -> None:
        value = self.value(t.value)
        switch = self.builder.switch(value, self.target(t.default))
        for case, block in t.cases:
            switch.add_case(ir.Constant(value.type, case), self.target(block))

    def emit_Return(self, t: mir.Return) -> None:
        ret_ty = self.llfn.function_type.return_type
        value = self.value(t.value)
        # a function declared to return () may end with a value of another type
        self.builder.ret(unit_value() if ret_ty == UNIT else value)

    def emit_Panic(self, t: mir.Panic) -> None:
        self.emit_panic_cstr(t.reason)

    def emit_Unreachable(self, t: mir.Unreachable) -> None:
        self.builder.unreachable()


def function_type(mfn: mir.Function) -> ir.FunctionType:
    return ir.FunctionType(llvm_type(mfn.ret), [llvm_type(p.ty) for p in mfn.params])


