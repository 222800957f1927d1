"""Standard-library functions (``hir.BuiltinRef`` names): the one table from names to emitters.

Each emitter turns already-evaluated arguments (LLVM values) into the
result, usually by calling the runtime (``mesh_rt.h``).  Elements, keys and
values cross the runtime boundary as words; ``rt_call`` (``library_calls``) converts arguments and
results by the runtime signature, and functions whose result collection has
another type get that type's descriptor.  Names starting with ``$`` are
internal (lowering of literals, patterns and loops).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import FLOAT, TCon, Type, prune

from . import checked_access as checked
from .library_iter import ITER_BUILTINS
from .library_json import JSON_BUILTINS
from .library_system import SYSTEM_BUILTINS
from .library_calls import BuiltinEmitter, coerce, dest_type, fetch, out_call, rt_call
from .layout import (F64, I1, I8, I64, UNIT, from_slot, from_word, llvm_type, slot_type, to_word,
                     unit_value)
from .records import (
    load_field,
    tuple_shape,
)

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter


def _panic(fe: FunctionEmitter, args, ins) -> ir.Value:
    file, line = fe.location_args()
    fe.builder.call(fe.runtime.fn("mesh_rt_panic"), [args[0], file, line])
    return ir.Constant(dest_type(ins), ir.Undefined) if dest_type(ins) != UNIT else unit_value()


def _string_from(fe: FunctionEmitter, args, ins) -> ir.Value:
    """``String.from(x)``: Display (or Debug) of any type."""
    t = ins.args[0].ty
    if prune(t) == TCon("String"):
        return args[0]
    ops = fe.me.ops
    return ops.call(fe.builder, ops.text_op(t), t, args)


def _to_string(op: str) -> BuiltinEmitter:
    return lambda fe, args, ins: fe.me.ops.call(fe.builder, op, ins.args[0].ty, args)


def _map_get(fe: FunctionEmitter, args, ins) -> ir.Value:
    """A missing key gives V's zero value for Int, Float, Bool, String, List, Map; else panics
    (spec 11 s5)."""
    b = fe.builder
    v_t = prune(ins.dest.ty)
    want = llvm_type(v_t)
    found, slot = out_call(fe, "map_get", args, I64)
    hit_value = coerce(fe, b.load(slot, typ=I64), want)
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
    return fetch(name, out_ty)


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


def _list_length(fe: FunctionEmitter, args, ins) -> ir.Value:
    """O(1) and inline: the list object's ``len`` word."""
    return checked.list_length(fe, args[0])


def _list_at(fe: FunctionEmitter, args, ins) -> ir.Value:
    """Element ``i`` of a list, ``0 <= i < len`` known by the caller (loops, patterns): a load."""
    return from_word(fe.builder, checked.list_element(fe, *args), dest_type(ins))


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
    want = dest_type(ins)
    raw = b.load(b.gep(t, [offset], source_etype=I8), typ=slot_type(ins.dest.ty))
    return from_slot(b, raw, want)


def _tuple_size(fe: FunctionEmitter, args, ins) -> ir.Value:
    return ir.Constant(I64, len(prune(ins.args[0].ty).elems))


def _list_sort(fe: FunctionEmitter, args, ins) -> ir.Value:
    if len(args) == 2:
        return rt_call("list_sort_by")(fe, args, ins)
    return rt_call("list_sort")(fe, args, ins)


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
    "println": rt_call("println"), "print": rt_call("print"), "eprintln": rt_call("eprintln"), "eprint": rt_call("eprint"),
    "panic": _panic,
    # numbers
    "Int.to_string": _to_string("display"), "Float.to_string": _to_string("display"),
    "Bool.to_string": _to_string("display"),
    "Int.to_float": _int_to_float, "Float.from": _int_to_float, "Float.to_int": _float_to_int,
    **{f"Math.{n}": _math(n) for n in ("abs", "min", "max", "pow", "sqrt", "floor", "ceil", "round")},
    # strings
    "String.from": _string_from, "String.length": rt_call("string_length"),
    "String.slice": rt_call("string_slice"), "String.contains": rt_call("string_contains"),
    "String.starts_with": rt_call("string_starts_with"), "String.ends_with": rt_call("string_ends_with"),
    "String.trim": rt_call("string_trim"), "String.to_upper": rt_call("string_to_upper"),
    "String.upper": rt_call("string_to_upper"), "String.to_lower": rt_call("string_to_lower"),
    "String.lower": rt_call("string_to_lower"), "String.replace": rt_call("string_replace"),
    "String.split": rt_call("string_split"), "String.join": rt_call("string_join"),
    "String.to_int": _parse("string_to_int", I64), "String.to_float": _parse("string_to_float", F64),
    # lists
    "List.new": rt_call("list_new", "desc"), "List.length": _list_length, "List.append": rt_call("list_append"),
    "List.prepend": rt_call("list_prepend"), "List.head": checked.list_head, "List.tail": checked.list_tail,
    "List.last": checked.list_last, "List.get": checked.list_get, "List.nth": checked.list_get,
    "List.concat": rt_call("list_concat"), "List.reverse": rt_call("list_reverse"),
    "List.map": rt_call("list_map", "desc"), "List.filter": rt_call("list_filter"), "List.reduce": rt_call("list_reduce"),
    "List.sort": _list_sort, "List.find": fetch("list_find"), "List.any": rt_call("list_any"),
    "List.all": rt_call("list_all"), "List.contains": rt_call("list_contains"), "List.zip": rt_call("list_zip", "desc"),
    "List.flat_map": rt_call("list_flat_map", "desc"), "List.flatten": rt_call("list_flatten", "desc"),
    "List.enumerate": rt_call("list_enumerate", "desc"), "List.take": rt_call("list_take"),
    "List.drop": rt_call("list_drop"),
    # maps
    "Map.new": rt_call("map_new", "desc"), "Map.put": rt_call("map_put"), "Map.get": _map_get,
    "Map.fetch": fetch("map_get"), "Map.has_key": rt_call("map_has_key"), "Map.delete": rt_call("map_delete"),
    "Map.size": rt_call("map_size"), "Map.keys": rt_call("map_keys", "desc"), "Map.values": rt_call("map_values", "desc"),
    "Map.merge": rt_call("map_merge"), "Map.to_list": rt_call("map_to_list", "desc"),
    "Map.from_list": rt_call("map_from_list", "desc"),
    # sets
    "Set.new": rt_call("set_new", "desc"), "Set.add": rt_call("set_add"), "Set.remove": rt_call("set_remove"),
    "Set.contains": rt_call("set_contains"), "Set.size": rt_call("set_size"), "Set.union": rt_call("set_union"),
    "Set.intersection": rt_call("set_intersection"), "Set.difference": rt_call("set_difference"),
    "Set.to_list": rt_call("set_to_list", "desc"), "Set.from_list": rt_call("set_from_list", "desc"),
    # queues, ranges, tuples
    "Queue.new": rt_call("queue_new", "desc"), "Queue.push": rt_call("queue_push"), "Queue.pop": checked.queue_pop,
    "Queue.peek": checked.queue_peek, "Queue.size": rt_call("queue_size"), "Queue.is_empty": rt_call("queue_is_empty"),
    "Range.new": rt_call("range_new"), "Range.length": rt_call("range_length"),
    "Range.to_list": rt_call("range_to_list", "desc"), "Range.map": rt_call("range_map", "desc"),
    "Range.filter": rt_call("range_filter", "desc"),
    "Tuple.first": _tuple_get(0), "Tuple.second": _tuple_get(1), "Tuple.size": _tuple_size, "Tuple.nth": _tuple_nth,
    # internal
    "$list.of": _list_of, "$list.at": _list_at, "$range.start": _range_field(16),
    "$range.end": _range_field(24),
}

BUILTINS.update(ITER_BUILTINS)
BUILTINS.update(JSON_BUILTINS)
BUILTINS.update(SYSTEM_BUILTINS)

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



