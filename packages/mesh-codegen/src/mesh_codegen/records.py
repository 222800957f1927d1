"""Heap records: tuples, structs, sum variants and closures -- their shapes and field access.

A record is ``{ header, prefix words..., field slots... }`` (``layout``).
``shape_of`` gives the shape of a value's record; the helpers here load,
store and allocate with it.  Which descriptor an object carries is
``descriptors``' business.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir
from mesh_types.types import TCon, TTuple, Type

from .layout import (
    HEADER_SIZE,
    I8,
    I64,
    PTR,
    from_slot,
    is_pointer,
    llvm_type,
    load_immutable,
    record_size,
    record_type,
    slot_type,
    to_slot,
)
from .type_defs import TypeDefs


@dataclass(frozen=True)
class Shape:
    prefix: tuple[ir.Type, ...]     # tag (variants) or code pointer (closures)
    fields: tuple[Type, ...]

    @property
    def struct(self) -> ir.LiteralStructType:
        return record_type(list(self.prefix), list(self.fields))

    @property
    def size(self) -> int:
        return record_size(len(self.prefix) + len(self.fields))

    def field_offset(self, index: int) -> int:
        return HEADER_SIZE + 8 * (len(self.prefix) + index)

    def pointer_offsets(self) -> list[int]:
        """Offsets of the slots the GC must trace (a closure's code pointer is not one)."""
        return [self.field_offset(i) for i, t in enumerate(self.fields) if is_pointer(t)]


def tuple_shape(t: TTuple) -> Shape:
    return Shape((), tuple(t.elems))


def struct_shape(types: TypeDefs, t: TCon) -> Shape:
    return Shape((), tuple(ft for _, ft in types.struct_fields(t)))


def variant_shape(types: TypeDefs, t: TCon, tag: int) -> Shape:
    return Shape((I64,), types.variant(t, tag).fields)


def closure_shape(captures: list[Type] | tuple[Type, ...]) -> Shape:
    return Shape((PTR,), tuple(captures))


def shape_of(types: TypeDefs, t: Type) -> Shape:
    """The shape of a tuple or struct value."""
    if isinstance(t, TTuple):
        return tuple_shape(t)
    return struct_shape(types, t)


def _slot_ptr(b: ir.IRBuilder, obj: ir.Value, shape: Shape, member: int) -> ir.Value:
    """Member ``member`` of the record (0 is the header); every member after the 16-byte
    header is one 8-byte word.  A byte offset, not a struct-typed GEP: the same address,
    and the IR text does not repeat the record's type at every access (compile time)."""
    offset = HEADER_SIZE + 8 * (member - 1)
    return b.gep(obj, [ir.Constant(I64, offset)], source_etype=I8, inbounds=True)


def load_field(b: ir.IRBuilder, obj: ir.Value, shape: Shape, index: int, name: str = "field") -> ir.Value:
    member = 1 + len(shape.prefix) + index
    ty = llvm_type(shape.fields[index])
    raw = load_immutable(b, _slot_ptr(b, obj, shape, member), slot_type(shape.fields[index]), name)
    return from_slot(b, raw, ty)


def store_field(b: ir.IRBuilder, obj: ir.Value, shape: Shape, index: int, value: ir.Value) -> None:
    member = 1 + len(shape.prefix) + index
    b.store(to_slot(b, value), _slot_ptr(b, obj, shape, member))


def load_prefix(b: ir.IRBuilder, obj: ir.Value, shape: Shape, index: int = 0, name: str = "tag") -> ir.Value:
    return load_immutable(b, _slot_ptr(b, obj, shape, 1 + index), shape.prefix[index], name)


def store_prefix(b: ir.IRBuilder, obj: ir.Value, shape: Shape, index: int, value: ir.Value) -> None:
    b.store(value, _slot_ptr(b, obj, shape, 1 + index))


def load_tag(b: ir.IRBuilder, obj: ir.Value) -> ir.Value:
    """The tag of any sum value (the first word after the header)."""
    return load_prefix(b, obj, Shape((I64,), ()))


def allocate(b: ir.IRBuilder, alloc_fn: ir.Function, desc: ir.Value, shape: Shape) -> ir.Value:
    return b.call(alloc_fn, [desc, ir.Constant(I64, shape.size)], name="obj")
