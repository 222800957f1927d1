"""Building blocks shared by the library emitters (``builtins`` and the ``library_*``
modules): argument/result conversion by the runtime signature, runtime calls, and
Option/Result values around the runtime's status + out-parameter functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import Type, prune

from .layout import I1, I8, I64, PTR, UNIT, VOID, from_word, llvm_type, to_word, unit_value
from .records import allocate, store_field, store_prefix, variant_shape

if TYPE_CHECKING:
    from . import mir
    from .emit_function import FunctionEmitter

BuiltinEmitter = Callable[["FunctionEmitter", list[ir.Value], "mir.CallBuiltin"], ir.Value]


# ---------------------------------------------------------------- conversions
def coerce(fe: FunctionEmitter, v: ir.Value, want: ir.Type) -> ir.Value:
    b = fe.builder
    if v.type == want:
        return v
    if want == I64:
        return to_word(b, v)
    if want == I8 and v.type == I1:
        return b.zext(v, I8)
    if v.type == I8 and want == I1:
        return b.icmp_unsigned("!=", v, ir.Constant(I8, 0))
    if v.type == I64:
        return from_word(b, v, want)
    if v.type == VOID or want == UNIT:
        return unit_value()
    raise AssertionError(f"cannot pass {v.type} as {want}")


def dest_type(ins) -> ir.Type:
    return llvm_type(ins.dest.ty)


def rt_call(name: str, *extra: str) -> BuiltinEmitter:
    """Call ``mesh_rt_<name>`` with the arguments, then ``extra`` ones: ``"desc"`` is the
    descriptor of the result type, ``"item_desc"`` that of its first type argument (the
    pair type of ``Iter<(A, B)>``)."""
    def emit(fe: FunctionEmitter, args: list[ir.Value], ins) -> ir.Value:
        fn = fe.runtime.fn(f"mesh_rt_{name}")
        result_t = prune(ins.dest.ty)
        descs = {"desc": lambda: result_t, "item_desc": lambda: prune(result_t.args[0])}
        values = list(args) + [fe.me.descs.of_type(descs[e]()) for e in extra]
        values = [coerce(fe, v, t) for v, t in zip(values, fn.function_type.args)]
        result = fe.builder.call(fn, values)
        return unit_value() if fn.function_type.return_type == VOID else coerce(fe, result, dest_type(ins))
    return emit


# ---------------------------------------------------------------- Option results
def option(fe: FunctionEmitter, found: ir.Value, value_of: Callable[[], ir.Value], opt: Type) -> ir.Value:
    """``Some(value_of())`` when ``found`` (i1) else ``None``, as one value."""
    b = fe.builder
    some_block, join = fe.llfn.append_basic_block("some"), fe.llfn.append_basic_block("some.end")
    none = fe.me.descs.static_variant(opt, 0)
    before = b.block
    b.cbranch(found, some_block, join)
    b.position_at_end(some_block)
    shape = variant_shape(fe.me.types, opt, 1)
    obj = allocate(b, fe.me.alloc, fe.me.descs.variant(opt, 1), shape)
    store_prefix(b, obj, shape, 0, ir.Constant(I64, 1))
    store_field(b, obj, shape, 0, value_of())
    some_end = b.block
    b.branch(join)
    b.position_at_end(join)
    phi = b.phi(PTR, "option")
    phi.add_incoming(none, before)
    phi.add_incoming(obj, some_end)
    return phi


def out_call(fe: FunctionEmitter, name: str, args: list[ir.Value], out_ty: ir.Type) -> tuple[ir.Value, ir.Value]:
    """Call a runtime function ending with an out-pointer; (found i1, out slot)."""
    slot = fe.entry_alloca(out_ty, "out")
    fn = fe.runtime.fn(f"mesh_rt_{name}")
    values = [coerce(fe, v, t) for v, t in zip(args, fn.function_type.args)]
    found = fe.builder.call(fn, [*values, slot])
    return fe.builder.icmp_unsigned("!=", found, ir.Constant(I8, 0)), slot


def fetch(name: str, out_ty: ir.Type = I64) -> BuiltinEmitter:
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        opt = prune(ins.dest.ty)
        elem = llvm_type(opt.args[0])
        found, slot = out_call(fe, name, args, out_ty)
        return option(fe, found, lambda: coerce(fe, fe.builder.load(slot, typ=out_ty), elem), opt)
    return emit


# ---------------------------------------------------------------- Result results
def variant(fe: FunctionEmitter, t: Type, tag: int, payload: list[ir.Value]) -> ir.Value:
    """A sum value built in LLVM: the STATIC object of a nullary variant, else a record."""
    if not payload:
        return fe.me.descs.static_variant(t, tag)
    b = fe.builder
    shape = variant_shape(fe.me.types, t, tag)
    obj = allocate(b, fe.me.alloc, fe.me.descs.variant(t, tag), shape)
    store_prefix(b, obj, shape, 0, ir.Constant(I64, tag))
    for i, v in enumerate(payload):
        store_field(b, obj, shape, i, v)
    return obj


def choose(fe: FunctionEmitter, cond: ir.Value, if_true: Callable[[], ir.Value],
           if_false: Callable[[], ir.Value], ty: ir.Type, hint: str) -> ir.Value:
    """``cond ? if_true() : if_false()`` with each side built in its own block."""
    b = fe.builder
    yes, no, join = (fe.llfn.append_basic_block(f"{hint}.{s}") for s in ("yes", "no", "end"))
    b.cbranch(cond, yes, no)
    incoming = []
    for block, make in ((yes, if_true), (no, if_false)):
        b.position_at_end(block)
        value = make()
        incoming.append((value, b.block))
        b.branch(join)
    b.position_at_end(join)
    phi = b.phi(ty, hint)
    for value, block in incoming:
        phi.add_incoming(value, block)
    return phi


OK_TAG, ERR_TAG = 0, 1


def result_call(name: str) -> BuiltinEmitter:
    """``T!String`` around ``int8 mesh_rt_<name>(args..., T *out, mesh_string **err)``
    (mesh_rt.h: status 1 = Ok); a unit ``T`` has no out-pointer."""
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        b = fe.builder
        res = prune(ins.dest.ty)
        ok_t = llvm_type(res.args[0])
        fn = fe.runtime.fn(f"mesh_rt_{name}")
        has_out = ok_t != UNIT
        n_in = len(fn.function_type.args) - (2 if has_out else 1)
        values = [coerce(fe, v, t) for v, t in zip(args, fn.function_type.args[:n_in])]
        out = fe.entry_alloca(I64, "out") if has_out else None     # any out value fits a word
        err = fe.entry_alloca(PTR, "err")
        status = b.call(fn, [*values, *([out] if has_out else []), err])
        ok = b.icmp_unsigned("!=", status, ir.Constant(status.type, 0))

        def ok_value() -> ir.Value:
            payload = [from_word(b, b.load(out, typ=I64), ok_t)] if has_out else [unit_value()]
            return variant(fe, res, OK_TAG, payload)
        return choose(fe, ok, ok_value, lambda: variant(fe, res, ERR_TAG, [b.load(err, typ=PTR)]), PTR, "result")
    return emit
