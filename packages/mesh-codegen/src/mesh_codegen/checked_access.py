"""Inline, location-aware element access for List and Queue (spec 11 s4, s7; spec 05 s11).

The runtime's ``mesh_rt_list_get`` & co. panic without a source location,
because they cannot know the caller.  Codegen therefore tests the bounds
itself -- one compare against the ``len`` word -- and panics from a cold
block with ``at <file>:<line>``; the element is then a plain load from the
vector store.  So ``List.get`` in a loop costs two loads and a compare, no
call, and a failure names the Mesh line that caused it.

Object layouts (mesh_rt.h): ``mesh_list { header, store, tip, off, len }``,
``mesh_queue { header, store, tip, start, end }``, ``mesh_vec_store
{ header, cap, elems[] }``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir

from .layout import I8, I64, PTR, VOID, from_word, load_immutable

if TYPE_CHECKING:
    from . import mir
    from .emit_function import FunctionEmitter

LIST_STORE, LIST_OFF, LIST_LEN = 16, 32, 40
QUEUE_STORE, QUEUE_START, QUEUE_END = 16, 32, 40
STORE_ELEMS = 24
INDEX_PANIC = "mesh.panic.list_index"


def load_word(fe: FunctionEmitter, obj: ir.Value, offset: ir.Value | int, ty: ir.Type = I64) -> ir.Value:
    """``*(ty *)((char *)obj + offset)`` -- the runtime's objects are read by byte offset."""
    b = fe.builder
    offset = ir.Constant(I64, offset) if isinstance(offset, int) else offset
    return load_immutable(b, b.gep(obj, [offset], source_etype=I8, inbounds=True), ty)


def store_element(fe: FunctionEmitter, store: ir.Value, slot: ir.Value) -> ir.Value:
    """The word in ``store->elems[slot]``."""
    b = fe.builder
    offset = b.add(ir.Constant(I64, STORE_ELEMS), b.shl(slot, ir.Constant(I64, 3)))
    return load_word(fe, store, offset)


def list_length(fe: FunctionEmitter, xs: ir.Value) -> ir.Value:
    return load_word(fe, xs, LIST_LEN)


def list_element(fe: FunctionEmitter, xs: ir.Value, i: ir.Value) -> ir.Value:
    """Element ``i`` as a word; ``0 <= i < len`` must already hold."""
    store = load_word(fe, xs, LIST_STORE, PTR)
    return store_element(fe, store, fe.builder.add(load_word(fe, xs, LIST_OFF), i))


def _dest(ins: mir.CallBuiltin) -> ir.Type:
    from .layout import llvm_type
    return llvm_type(ins.dest.ty)


def list_get(fe: FunctionEmitter, args: list[ir.Value], ins: mir.CallBuiltin) -> ir.Value:
    """``List.get(xs, i)``: panics "List.get: index i out of bounds (len n)" at the call."""
    b = fe.builder
    xs, i = args
    n = list_length(fe, xs)
    outside = b.icmp_unsigned(">=", i, n)          # a negative i is huge when unsigned
    fail, ok = fe.cold_branch(outside)
    b.position_at_end(fail)
    file, line = fe.location_args()
    b.call(index_panic(fe.me.module, fe.runtime, fe.constants), [i, n, file, line])
    b.unreachable()
    b.position_at_end(ok)
    return from_word(b, list_element(fe, xs, i), _dest(ins))


def _nonempty(fe: FunctionEmitter, length: ir.Value, reason: str) -> None:
    fe.panic_if(fe.builder.icmp_signed("<=", length, ir.Constant(I64, 0)), reason)


def list_head(fe: FunctionEmitter, args, ins) -> ir.Value:
    xs = args[0]
    _nonempty(fe, list_length(fe, xs), "List.head: empty list")
    return from_word(fe.builder, list_element(fe, xs, ir.Constant(I64, 0)), _dest(ins))


def list_last(fe: FunctionEmitter, args, ins) -> ir.Value:
    b, xs = fe.builder, args[0]
    n = list_length(fe, xs)
    _nonempty(fe, n, "List.last: empty list")
    return from_word(b, list_element(fe, xs, b.sub(n, ir.Constant(I64, 1))), _dest(ins))


def list_tail(fe: FunctionEmitter, args, ins) -> ir.Value:
    """The check here, the O(1) view from the runtime."""
    xs = args[0]
    _nonempty(fe, list_length(fe, xs), "List.tail: empty list")
    return fe.builder.call(fe.runtime.fn("mesh_rt_list_tail"), [xs])


def _queue_nonempty(fe: FunctionEmitter, q: ir.Value, reason: str) -> None:
    b = fe.builder
    empty = b.icmp_signed(">=", load_word(fe, q, QUEUE_START), load_word(fe, q, QUEUE_END))
    fe.panic_if(empty, reason)


def queue_peek(fe: FunctionEmitter, args, ins) -> ir.Value:
    q = args[0]
    _queue_nonempty(fe, q, "Queue.peek: empty queue")
    word = store_element(fe, load_word(fe, q, QUEUE_STORE, PTR), load_word(fe, q, QUEUE_START))
    return from_word(fe.builder, word, _dest(ins))


def queue_pop(fe: FunctionEmitter, args, ins) -> ir.Value:
    q = args[0]
    _queue_nonempty(fe, q, "Queue.pop: empty queue")
    return fe.builder.call(fe.runtime.fn("mesh_rt_queue_pop"), [q, fe.me.descs.of_type(ins.dest.ty)])


def index_panic(module: ir.Module, runtime, constants) -> ir.Function:
    """``mesh.panic.list_index(i, n, file, line)``: formats the spec's message and panics.
    One cold copy per module keeps the string building out of every call site."""
    existing = module.globals.get(INDEX_PANIC)
    if existing is not None:
        return existing
    fn = ir.Function(module, ir.FunctionType(VOID, [I64, I64, PTR, I64]), INDEX_PANIC)
    fn.linkage = "internal"
    for attr in ("noreturn", "cold", "noinline", "nounwind"):
        fn.attributes.add(attr)
    i, n, file, line = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    text = runtime.fn("mesh_rt_int_to_string")
    concat = runtime.fn("mesh_rt_string_concat")

    def lit(s: str) -> ir.Value:
        return b.call(runtime.fn("mesh_rt_string_new"), [constants.cstring(s), ir.Constant(I64, len(s))])

    message = lit("List.get: index ")
    for part in (b.call(text, [i]), lit(" out of bounds (len "), b.call(text, [n]), lit(")")):
        message = b.call(concat, [message, part])
    b.call(runtime.fn("mesh_rt_panic"), [message, file, line])
    b.unreachable()
    return fn
