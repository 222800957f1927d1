"""How every Mesh type looks in LLVM and in the heap -- the only module that decides it.

Registers (SSA values, parameters, return values, stack slots):

=================  ==========================================================
Mesh type          LLVM
=================  ==========================================================
``Int``            ``i64`` (two's complement)
``Float``          ``double``
``Bool``           ``i1`` in registers; ``i8`` inside heap objects
``String``         ``ptr`` to a heap string object (below)
``()``             ``{}`` -- an empty struct: a real value of size zero, so
                   unit flows through lets, parameters and returns like any
                   other value and needs no special cases in the emitter
``Never``          ``{}`` as well; no value of it is ever produced
tuples             a literal struct of the element register types, passed and
                   returned by value (tuples are immutable values; they get a
                   heap form with a descriptor when stored in heap objects)
function types     ``ptr`` to a closure object (below)
=================  ==========================================================

A type parameter still present after monomorphisation can only belong to a
value that is never produced (e.g. ``panic`` at an unconstrained type); it is
laid out as unit.

Heap objects start with a 16-byte header ``{ ptr desc, i64 flags }``.  A
string is ``{ header, i64 byte_length, [n+1 x i8] UTF-8 bytes and a NUL }``
(mesh_rt.h).  A closure is ``{ header, ptr code, captured values... }`` (a
RECORD); ``code`` takes the closure itself first, then the arguments.  A
top-level function used as a value is a constant closure with no captures.
Literals are constant globals with ``MESH_FLAG_STATIC`` and
``@mesh_rt_string_desc`` as descriptor, so they are never allocated or
collected.
"""

from __future__ import annotations

from llvmlite import ir
from mesh_types.types import TCon, TFun, TParam, TTuple, TVar, Type, prune

from .errors import unsupported

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
F64 = ir.DoubleType()
PTR = ir.PointerType()
UNIT = ir.LiteralStructType([])
VOID = ir.VoidType()

# The runtime's heap header (mesh_rt.h ``mesh_obj_header``): descriptor, then flags.
HEADER = ir.LiteralStructType([PTR, I64])
# mesh_rt.h MESH_FLAG_STATIC: a compiler-emitted constant, never moved, marked or freed.
FLAG_STATIC = 1
# Heap objects are 8-byte aligned (mesh_rt.h).
OBJECT_ALIGN = 8

# Mesh type names -> register types for the scalar built-ins.
_SCALARS: dict[str, ir.Type] = {
    "Int": I64,
    "Float": F64,
    "Bool": I1,
    "String": PTR,
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
    if isinstance(t, TFun):
        return PTR
    if isinstance(t, TTuple):
        return ir.LiteralStructType([llvm_type(e) for e in t.elems]) if t.elems else UNIT
    raise unsupported(f"values of type `{t!r}`")


def kind(t: Type) -> str:
    """A short name used to pick operations: Int, Float, Bool, String, (), Never, Tuple, or other."""
    t = prune(t)
    if isinstance(t, TCon) and not t.args and t.name in _SCALARS:
        return t.name
    if isinstance(t, TTuple):
        return "Tuple" if t.elems else "()"
    if isinstance(t, (TParam, TVar)):
        return "()"
    return "other"


def is_zero_sized(t: Type) -> bool:
    return llvm_type(t) == UNIT


def unit_value() -> ir.Constant:
    return ir.Constant(UNIT, [])


# mesh_rt.h ``mesh_type_desc``: nine 8-byte words.
TYPE_DESC = ir.LiteralStructType([I64, I64, I64, I64, I64, PTR, PTR, I64, PTR])
KIND_RECORD = 2
# A closure without captures: header, code pointer (not a heap pointer: no ptr fields).
CLOSURE0 = ir.LiteralStructType([HEADER, PTR])
CLOSURE_CODE_FIELD = 1


def closure_code_type(fn_type: TFun) -> ir.FunctionType:
    """The code of a closure: the closure pointer, then the Mesh parameters."""
    return ir.FunctionType(llvm_type(fn_type.ret), [PTR, *map(llvm_type, fn_type.params)])


def string_object_type(nbytes: int) -> ir.LiteralStructType:
    """A string object with ``nbytes`` UTF-8 bytes plus the NUL terminator."""
    return ir.LiteralStructType([HEADER, I64, ir.ArrayType(I8, nbytes + 1)])
