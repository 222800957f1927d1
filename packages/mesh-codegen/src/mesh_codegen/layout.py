"""How every Mesh type looks in LLVM and in the heap -- the only module that decides it.

Registers (SSA values, parameters, return values, stack slots):

=================  ==========================================================
Mesh type          LLVM
=================  ==========================================================
``Int``            ``i64`` (two's complement)
``Float``          ``double``
``Bool``           ``i1``
``()``, ``Never``  ``{}`` -- an empty struct: a real value of size zero, so
                   unit flows through lets, parameters and returns like any
                   other value and needs no special cases in the emitter
everything else    ``ptr``: strings, atoms, tuples, structs, sum values,
                   closures, collections (heap objects or STATIC constants)
=================  ==========================================================

Stored generically (record fields, closure captures, collection elements,
closure arguments and results) every value is one 64-bit **word**
(docs/architecture.md "Values: one word each"): Int as is, Float's bits,
Bool 0/1, unit 0, pointers as their address.  Inside a record a field's
*slot* is that word typed for LLVM: ``i64``, ``double`` or ``ptr``.

Records (tuples, structs, sum variants, closures) are
``{ header, prefix words..., field slots... }``: a variant has its tag as the
one prefix word, a closure its code pointer.  Tuples are records too (so a
tuple is one pointer wherever it goes); nullary variants are STATIC
constants.  A type parameter still present after monomorphisation can only
belong to a value that is never produced; it is laid out as unit.
"""

from __future__ import annotations

from llvmlite import ir
from mesh_types.types import TCon, TParam, TTuple, TVar, Type, prune

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
UNIT = ir.LiteralStructType([])
VOID = ir.VoidType()
WORD = I64

# The runtime's heap header (mesh_rt.h ``mesh_obj_header``): descriptor, then flags.
HEADER = ir.LiteralStructType([PTR, I64])
HEADER_SIZE = 16
# mesh_rt.h MESH_FLAG_STATIC: a compiler-emitted constant, never moved, marked or freed.
FLAG_STATIC = 1
# mesh_rt.h MESH_DESC_POINTER: a value of the type is a word pointing to an object.
DESC_POINTER = 1
# Heap objects are 8-byte aligned (mesh_rt.h).
OBJECT_ALIGN = 8

KIND_STRING = 1
KIND_RECORD = 2

# mesh_rt.h ``mesh_type_desc``: kind, flags, size, elem_size, n_ptrs, ptr_offsets,
# name, n_fields, field_names, n_params, params, eq, cmp, hash, display, debug, trace.
TYPE_DESC = ir.LiteralStructType([I64, I64, I64, I64, I64, PTR, PTR, I64, PTR, I64, PTR,
                                  PTR, PTR, PTR, PTR, PTR, PTR])
DESC_OPS = {"eq": 11, "cmp": 12, "hash": 13, "display": 14, "debug": 15}

# Mesh type names -> register types for the scalar built-ins.
_SCALARS: dict[str, ir.Type] = {
    "Int": I64,
    "Float": F64,
    "Bool": I1,
    "()": UNIT,
    "Never": UNIT,
}


def llvm_type(t: Type) -> ir.Type:
    """The register type of a (monomorphic) Mesh type."""
    t = prune(t)
    if isinstance(t, TCon) and t.name in _SCALARS and not t.args:
        return _SCALARS[t.name]
    if isinstance(t, (TParam, TVar)):
        return UNIT
    if isinstance(t, TTuple) and not t.elems:
        return UNIT
    return PTR


# Bytes every value of these pointer types certainly points to (mesh_rt.h object layouts).
_KNOWN_OBJECT_BYTES = {"String": 24, "List": 48, "Queue": 48, "Map": 56, "Set": 56, "Range": 32}


def dereferenceable_bytes(t: Type, is_user_type: bool = False) -> int:
    """How many bytes a ``ptr`` value of ``t`` is known to point to, 0 when unknown.

    Values of these types are never NULL: heap objects or STATIC constants (nullary
    variants, literals).  Telling LLVM lets it hoist loads of immutable header words
    out of loops.
    """
    t = prune(t)
    if isinstance(t, TTuple) and t.elems:
        return HEADER_SIZE + 8 * len(t.elems)
    if isinstance(t, TCon):
        if t.name in _KNOWN_OBJECT_BYTES:
            return _KNOWN_OBJECT_BYTES[t.name]
        if is_user_type or t.name in ("Option", "Result", "Ordering"):
            return HEADER_SIZE + 8    # a struct's first field or a variant's tag
    return 0


def slot_type(t: Type) -> ir.Type:
    """The 8-byte type of a value stored in a record field."""
    ty = llvm_type(t)
    return I64 if ty in (I1, UNIT) else ty


def is_pointer(t: Type) -> bool:
    """True when a value of ``t`` is a pointer the GC must trace."""
    return llvm_type(t) == PTR


def kind(t: Type) -> str:
    """A short name used to pick operations: Int, Float, Bool, String, Atom, (), Never,
    Tuple, Fun, or the constructor name of any other TCon."""
    t = prune(t)
    if isinstance(t, TCon) and not t.args and t.name in ("Int", "Float", "Bool", "String", "Atom",
                                                         "()", "Never"):
        return t.name
    if isinstance(t, TTuple):
        return "Tuple" if t.elems else "()"
    if isinstance(t, (TParam, TVar)):
        return "()"
    if isinstance(t, TCon):
        return t.name
    return "Fun"


def is_zero_sized(t: Type) -> bool:
    return llvm_type(t) == UNIT


def unit_value() -> ir.Constant:
    return ir.Constant(UNIT, [])


def record_type(prefix: list[ir.Type], fields: list[Type]) -> ir.LiteralStructType:
    """``{ header, prefix..., slots... }`` -- every member is 8 bytes."""
    return ir.LiteralStructType([HEADER, *prefix, *map(slot_type, fields)])


def record_size(n_words: int) -> int:
    return HEADER_SIZE + 8 * n_words


def string_object_type(nbytes: int) -> ir.LiteralStructType:
    """A string object with ``nbytes`` UTF-8 bytes plus the NUL terminator."""
    return ir.LiteralStructType([HEADER, I64, ir.ArrayType(I8, nbytes + 1)])


# ---------------------------------------------------------------- immutable memory

def load_immutable(b: ir.IRBuilder, ptr: ir.Value, ty: ir.Type, name: str = "") -> ir.Instruction:
    """Load a word of an object that never changes once built (record fields and tags,
    closure code, the runtime's list/queue headers and written vector slots).

    ``!invariant.load`` lets LLVM hoist and merge such loads across calls, which it could
    not otherwise do because any runtime call might write memory.  Mesh values are
    immutable and the GC never moves objects, so this holds for every live object.
    """
    load = b.load(ptr, typ=ty, name=name)
    load.set_metadata("invariant.load", b.module.add_metadata([]))
    return load


# ---------------------------------------------------------------- conversions

def to_word(b: ir.IRBuilder, v: ir.Value) -> ir.Value:
    """Register value -> i64 word."""
    ty = v.type
    if ty == I64:
        return v
    if ty == F64:
        return b.bitcast(v, I64)
    if ty == I1:
        return b.zext(v, I64)
    if ty == UNIT:
        return ir.Constant(I64, 0)
    return b.ptrtoint(v, I64)


def from_word(b: ir.IRBuilder, w: ir.Value, ty: ir.Type) -> ir.Value:
    """i64 word -> register value of LLVM type ``ty``."""
    if ty == I64:
        return w
    if ty == F64:
        return b.bitcast(w, F64)
    if ty == I1:
        return b.icmp_unsigned("!=", w, ir.Constant(I64, 0))
    if ty == UNIT:
        return unit_value()
    return b.inttoptr(w, PTR)


def to_slot(b: ir.IRBuilder, v: ir.Value) -> ir.Value:
    """Register value -> the value stored in a record slot."""
    if v.type == I1:
        return b.zext(v, I64)
    if v.type == UNIT:
        return ir.Constant(I64, 0)
    return v


def from_slot(b: ir.IRBuilder, v: ir.Value, ty: ir.Type) -> ir.Value:
    if ty == I1:
        return b.trunc(v, I1)
    if ty == UNIT:
        return unit_value()
    return v
