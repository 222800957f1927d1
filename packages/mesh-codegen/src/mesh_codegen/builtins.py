"""Standard-library functions (``hir.BuiltinRef`` names): the one table from names to emitters.

Each emitter turns already-evaluated arguments (LLVM values) into the
result, usually by calling the runtime (``mesh_rt.h``).  Elements, keys and
values cross the runtime boundary as words; ``_rt`` converts arguments and
results by the runtime signature, and functions whose result collection has
another type get that type's descriptor.  Names starting with ``$`` are
internal (lowering of literals, patterns and loops).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import FLOAT, TCon, Type, prune

from .layout import (F64, I1, I8, I64, PTR, UNIT, VOID, from_slot, from_word, llvm_type, slot_type, to_word,
                     unit_value)
from .records import (
    allocate,
    load_field,
    store_field,
    store_prefix,
    tuple_shape,
    variant_shape,
)

if TYPE_CHECKING:
    from . import mir
    from .emit_function import FunctionEmitter

BuiltinEmitter = Callable[["FunctionEmitter", list[ir.Value], "mir.CallBuiltin"], ir.Value]


# ---------------------------------------------------------------- conversions
def _coerce(fe: FunctionEmitter, v: ir.Value, want: ir.Type) -> ir.Value:
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


def _dest(ins) -> ir.Type:
    return llvm_type(ins.dest.ty)


def _rt(name: str, *extra: str) -> BuiltinEmitter:
    """Call ``mesh_rt_<name>`` with the arguments, then ``extra`` ones: ``"desc"`` is the
    descriptor of the result type."""
    def emit(fe: FunctionEmitter, args: list[ir.Value], ins) -> ir.Value:
        fn = fe.runtime.fn(f"mesh_rt_{name}")
        values = list(args) + [fe.me.descs.of_type(ins.dest.ty) for e in extra if e == "desc"]
        values = [_coerce(fe, v, t) for v, t in zip(values, fn.function_type.args)]
        result = fe.builder.call(fn, values)
        return unit_value() if fn.function_type.return_type == VOID else _coerce(fe, result, _dest(ins))
    return emit


def _panic(fe: FunctionEmitter, args, ins) -> ir.Value:
    file, line = fe.location_args()
    fe.builder.call(fe.runtime.fn("mesh_rt_panic"), [args[0], file, line])
    return ir.Constant(_dest(ins), ir.Undefined) if _dest(ins) != UNIT else unit_value()


def _string_from(fe: FunctionEmitter, args, ins) -> ir.Value:
    """``String.from(x)``: Display (or Debug) of any type."""
    t = ins.args[0].ty
    if prune(t) == TCon("String"):
        return args[0]
    ops = fe.me.ops
    return ops.call(fe.builder, ops.text_op(t), t, args)


def _to_string(op: str) -> BuiltinEmitter:
    return lambda fe, args, ins: fe.me.ops.call(fe.builder, op, ins.args[0].ty, args)


# ---------------------------------------------------------------- Option results
def _option(fe: FunctionEmitter, found: ir.Value, value_of: Callable[[], ir.Value], opt: Type) -> ir.Value:
    """``Some(value_of())`` when ``found`` (i1) else ``None``, as one value."""
    b = fe.builder
    some_block, join = fe.llfn.append_basic_block("some"), fe.llfn.append_basic_block("some.end")
    none = fe.me.descs.static_variant(opt, 0)
    before = b.block
    b.cbranch(found, some_block, join)
    b.position_at_end(some_block)
    shape = variant_shape(fe.me.types, opt, 1)
    obj = allocate(b, fe.runtime.fn("mesh_rt_alloc"), fe.me.descs.variant(opt, 1), shape)
    store_prefix(b, obj, shape, 0, ir.Constant(I64, 1))
    store_field(b, obj, shape, 0, value_of())
    some_end = b.block
    b.branch(join)
    b.position_at_end(join)
    phi = b.phi(PTR, "option")
    phi.add_incoming(none, before)
    phi.add_incoming(obj, some_end)
    return phi


def _out_call(fe: FunctionEmitter, name: str, args: list[ir.Value], out_ty: ir.Type) -> tuple[ir.Value, ir.Value]:
    """Call a runtime function ending with an out-pointer; (found i1, out slot)."""
    slot = fe.entry_alloca(out_ty, "out")
    fn = fe.runtime.fn(f"mesh_rt_{name}")
    values = [_coerce(fe, v, t) for v, t in zip(args, fn.function_type.args)]
    found = fe.builder.call(fn, [*values, slot])
    return fe.builder.icmp_unsigned("!=", found, ir.Constant(I8, 0)), slot


def _fetch(name: str, out_ty: ir.Type = I64) -> BuiltinEmitter:
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        opt = prune(ins.dest.ty)
        elem = llvm_type(opt.args[0])
        found, slot = _out_call(fe, name, args, out_ty)
        return _option(fe, found, lambda: _coerce(fe, fe.builder.load(slot, typ=out_ty), elem), opt)
    return emit


def _map_get(fe: FunctionEmitter, args, ins) -> ir.Value:
    """A missing key gives V's zero value for Int, Float, Bool, String, List, Map; else panics
    (spec 11 s5)."""
    b = fe.builder
    v_t = prune(ins.dest.ty)
    want = llvm_type(v_t)
    found, slot = _out_call(fe, "map_get", args, I64)
    hit_value = _coerce(fe, b.load(slot, typ=I64), want)
    name = v_t.name if isinstance(v_t, TCon) else ""
    zero = {"Int": lambda: ir.Constant(I64, 0), "Float": lambda: ir.Constant(F64, 0.0),
            "Bool": lambda: ir.Constant(I1, 0), "String": lambda: fe.constants.string(""),
            "List": lambda: b.call(fe.runtime.fn("mesh_rt_list_new"), [fe.me.descs.of_type(v_t)]),
            "Map": lambda: b.call(fe.runtime.fn("mesh_rt_map_new"), [fe.me.descs.of_type(v_t)])}.get(name)
    if zero is None:
        fe.panic_if(b.not_(found), "Map.get: key not found")
        return hit_value
    before = b.block
    miss, join = fe.llfn.append_basic_block("map.miss"), fe.llfn.append_basic_block("map.got")
    b.cbranch(found, join, miss)
    b.position_at_end(miss)
    zero_value = zero()
    miss_end = b.block
    b.branch(join)
    b.position_at_end(join)
    phi = b.phi(want, "value")
    phi.add_incoming(hit_value, before)
    phi.add_incoming(zero_value, miss_end)
    return phi


def _parse(name: str, out_ty: ir.Type) -> BuiltinEmitter:
    return _fetch(name, out_ty)


# ---------------------------------------------------------------- internal helpers
def _list_of(fe: FunctionEmitter, args, ins) -> ir.Value:
    b = fe.builder
    desc = fe.me.descs.of_type(ins.dest.ty)
    if not args:
        return b.call(fe.runtime.fn("mesh_rt_list_new"), [desc])
    array = fe.entry_alloca(ir.ArrayType(I64, len(args)), "elems")
    for i, v in enumerate(args):
        b.store(to_word(b, v), b.gep(array, [ir.Constant(I64, 0), ir.Constant(I64, i)]))
    return b.call(fe.runtime.fn("mesh_rt_list_from_array"), [desc, array, ir.Constant(I64, len(args))])


# mesh_rt.h ``mesh_list``: { header, store, tip, off, len }; ``mesh_vec_store``: { header, cap, elems[] }
LIST_STORE, LIST_OFF, LIST_LEN, STORE_ELEMS = 16, 32, 40, 24


def _load_at(fe: FunctionEmitter, obj: ir.Value, offset: ir.Value | int, ty: ir.Type) -> ir.Value:
    offset = ir.Constant(I64, offset) if isinstance(offset, int) else offset
    return fe.builder.load(fe.builder.gep(obj, [offset], source_etype=I8), typ=ty)


def _list_length(fe: FunctionEmitter, args, ins) -> ir.Value:
    """O(1) and inline: the list object's ``len`` word."""
    return _load_at(fe, args[0], LIST_LEN, I64)


def _list_at(fe: FunctionEmitter, args, ins) -> ir.Value:
    """Element ``i`` of a list, ``0 <= i < len`` known by the caller (loops, patterns): a load."""
    b = fe.builder
    xs, i = args
    store = _load_at(fe, xs, LIST_STORE, PTR)
    slot = b.add(_load_at(fe, xs, LIST_OFF, I64), i)
    word = _load_at(fe, store, b.add(ir.Constant(I64, STORE_ELEMS), b.mul(slot, ir.Constant(I64, 8))), I64)
    return from_word(b, word, _dest(ins))


def _range_field(offset: int) -> BuiltinEmitter:
    """mesh_rt.h ``mesh_range``: { header, start, end }."""
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        ptr = fe.builder.gep(args[0], [ir.Constant(I64, offset)], source_etype=I8)
        return fe.builder.load(ptr, typ=I64)
    return emit


def _tuple_get(index: int) -> BuiltinEmitter:
    return lambda fe, args, ins: load_field(fe.builder, args[0], tuple_shape(prune(ins.args[0].ty)), index)


def _tuple_nth(fe: FunctionEmitter, args, ins) -> ir.Value:
    """``Tuple.nth(t, i)`` of a homogeneous tuple: slot ``i`` after a bounds check."""
    b = fe.builder
    t, i = args
    n = len(prune(ins.args[0].ty).elems)
    outside = b.icmp_unsigned(">=", i, ir.Constant(I64, n))     # negative i is huge unsigned
    fe.panic_if(outside, "Tuple.nth: index out of range")
    offset = b.add(ir.Constant(I64, 16), b.mul(i, ir.Constant(I64, 8)))
    want = _dest(ins)
    raw = b.load(b.gep(t, [offset], source_etype=I8), typ=slot_type(ins.dest.ty))
    return from_slot(b, raw, want)


def _tuple_size(fe: FunctionEmitter, args, ins) -> ir.Value:
    return ir.Constant(I64, len(prune(ins.args[0].ty).elems))


def _list_sort(fe: FunctionEmitter, args, ins) -> ir.Value:
    if len(args) == 2:
        return _rt("list_sort_by")(fe, args, ins)
    return _rt("list_sort")(fe, args, ins)


# ---------------------------------------------------------------- numbers
def _intrinsic(name: str, ty: ir.Type, args: list[ir.Value], fe: FunctionEmitter) -> ir.Value:
    fn = fe.me.module.globals.get(name) or ir.Function(fe.me.module, ir.FunctionType(ty, [ty] * len(args)), name)
    return fe.builder.call(fn, args)


def _math(name: str) -> BuiltinEmitter:
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        b = fe.builder
        is_float = args[0].type == F64
        if name == "abs":
            if is_float:
                return _intrinsic("llvm.fabs.f64", F64, args, fe)
            return b.select(b.icmp_signed("<", args[0], ir.Constant(I64, 0)), b.sub(ir.Constant(I64, 0), args[0]), args[0])
        if name in ("min", "max"):
            if is_float:    # minnum/maxnum return the other operand when one is NaN
                return _intrinsic(f"llvm.{name}num.f64", F64, args, fe)
            return b.select(b.icmp_signed("<" if name == "min" else ">", args[0], args[1]), args[0], args[1])
        if name in ("pow", "sqrt"):
            return _intrinsic(f"llvm.{name}.f64", F64, args, fe)
        rounded = _intrinsic(f"llvm.{name}.f64", F64, args, fe)     # floor, ceil, round (half away from 0)
        return b.call(fe.runtime.fn("llvm.fptosi.sat.i64.f64"), [rounded])
    return emit


def _int_to_float(fe: FunctionEmitter, args, ins) -> ir.Value:
    return fe.builder.sitofp(args[0], F64)


def _float_to_int(fe: FunctionEmitter, args, ins) -> ir.Value:
    # truncates toward zero, NaN -> 0, out of range saturates (spec 11)
    return fe.builder.call(fe.runtime.fn("llvm.fptosi.sat.i64.f64"), args)


BUILTINS: dict[str, BuiltinEmitter] = {
    "println": _rt("println"), "print": _rt("print"), "eprintln": _rt("eprintln"), "eprint": _rt("eprint"),
    "panic": _panic,
    # numbers
    "Int.to_string": _to_string("display"), "Float.to_string": _to_string("display"),
    "Bool.to_string": _to_string("display"),
    "Int.to_float": _int_to_float, "Float.from": _int_to_float, "Float.to_int": _float_to_int,
    **{f"Math.{n}": _math(n) for n in ("abs", "min", "max", "pow", "sqrt", "floor", "ceil", "round")},
    # strings
    "String.from": _string_from, "String.length": _rt("string_length"),
    "String.slice": _rt("string_slice"), "String.contains": _rt("string_contains"),
    "String.starts_with": _rt("string_starts_with"), "String.ends_with": _rt("string_ends_with"),
    "String.trim": _rt("string_trim"), "String.to_upper": _rt("string_to_upper"),
    "String.upper": _rt("string_to_upper"), "String.to_lower": _rt("string_to_lower"),
    "String.lower": _rt("string_to_lower"), "String.replace": _rt("string_replace"),
    "String.split": _rt("string_split"), "String.join": _rt("string_join"),
    "String.to_int": _parse("string_to_int", I64), "String.to_float": _parse("string_to_float", F64),
    # lists
    "List.new": _rt("list_new", "desc"), "List.length": _list_length, "List.append": _rt("list_append"),
    "List.prepend": _rt("list_prepend"), "List.head": _rt("list_head"), "List.tail": _rt("list_tail"),
    "List.last": _rt("list_last"), "List.get": _rt("list_get"), "List.nth": _rt("list_get"),
    "List.concat": _rt("list_concat"), "List.reverse": _rt("list_reverse"),
    "List.map": _rt("list_map", "desc"), "List.filter": _rt("list_filter"), "List.reduce": _rt("list_reduce"),
    "List.sort": _list_sort, "List.find": _fetch("list_find"), "List.any": _rt("list_any"),
    "List.all": _rt("list_all"), "List.contains": _rt("list_contains"), "List.zip": _rt("list_zip", "desc"),
    "List.flat_map": _rt("list_flat_map", "desc"), "List.flatten": _rt("list_flatten", "desc"),
    "List.enumerate": _rt("list_enumerate", "desc"), "List.take": _rt("list_take"),
    "List.drop": _rt("list_drop"),
    # maps
    "Map.new": _rt("map_new", "desc"), "Map.put": _rt("map_put"), "Map.get": _map_get,
    "Map.fetch": _fetch("map_get"), "Map.has_key": _rt("map_has_key"), "Map.delete": _rt("map_delete"),
    "Map.size": _rt("map_size"), "Map.keys": _rt("map_keys", "desc"), "Map.values": _rt("map_values", "desc"),
    "Map.merge": _rt("map_merge"), "Map.to_list": _rt("map_to_list", "desc"),
    "Map.from_list": _rt("map_from_list", "desc"),
    # sets
    "Set.new": _rt("set_new", "desc"), "Set.add": _rt("set_add"), "Set.remove": _rt("set_remove"),
    "Set.contains": _rt("set_contains"), "Set.size": _rt("set_size"), "Set.union": _rt("set_union"),
    "Set.intersection": _rt("set_intersection"), "Set.difference": _rt("set_difference"),
    "Set.to_list": _rt("set_to_list", "desc"), "Set.from_list": _rt("set_from_list", "desc"),
    # queues, ranges, tuples
    "Queue.new": _rt("queue_new", "desc"), "Queue.push": _rt("queue_push"), "Queue.pop": _rt("queue_pop", "desc"),
    "Queue.peek": _rt("queue_peek"), "Queue.size": _rt("queue_size"), "Queue.is_empty": _rt("queue_is_empty"),
    "Range.new": _rt("range_new"), "Range.length": _rt("range_length"),
    "Range.to_list": _rt("range_to_list", "desc"), "Range.map": _rt("range_map", "desc"),
    "Range.filter": _rt("range_filter", "desc"),
    "Tuple.first": _tuple_get(0), "Tuple.second": _tuple_get(1), "Tuple.size": _tuple_size, "Tuple.nth": _tuple_nth,
    # internal
    "$list.of": _list_of, "$list.at": _list_at, "$range.start": _range_field(16),
    "$range.end": _range_field(24),
}

# Surface spellings that mean the same function.
ALIASES = {
    "IO.puts": "println", "IO.println": "println", "IO.print": "print", "IO.eprintln": "eprintln",
    "IO.eprint": "eprint", "map": "List.map", "filter": "List.filter", "reduce": "List.reduce",
    "head": "List.head", "tail": "List.tail",
}
BUILTINS.update({alias: BUILTINS[target] for alias, target in ALIASES.items()})

# Builtins that never return: the lowering ends the block after the call.
NORETURN = frozenset({"panic"})

# Library values that are not functions.
CONSTANTS: dict[str, tuple[float, Type]] = {"Math.pi": (3.141592653589793, FLOAT)}


def is_builtin(name: str) -> bool:
    return name in BUILTINS



