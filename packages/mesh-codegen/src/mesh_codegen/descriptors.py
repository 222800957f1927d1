"""``mesh_type_desc`` constants: one per monomorphic type (and per variant / closure layout).

Each descriptor gives the GC layout (size, pointer offsets), the names used
by Debug/STF (type name, field names), the descriptors of the type
arguments (``params``), and the value operations as word functions (NULL
where the type lacks the interface).  Scalars and strings use the runtime's
descriptors when ``mesh_rt.h`` exports them; otherwise codegen emits its own
with its own operations.  Collections use the runtime's layout words and
operations (mesh_rt.h ``MESH_LIST_DESC`` and friends).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import TCon, TFun, TParam, TTuple, TVar, Type, prune

from .layout import (
    DESC_OPS,
    DESC_POINTER,
    FLAG_STATIC,
    HEADER,
    I64,
    KIND_RECORD,
    KIND_STRING,
    OBJECT_ALIGN,
    PTR,
    TYPE_DESC,
)
from .mangle import type_name
from .records import Shape, closure_shape, struct_shape, tuple_shape, variant_shape
from .runtime_abi import STRING_DESC, declared

if TYPE_CHECKING:
    from .emit_module import ModuleEmitter

NULL = ir.Constant(PTR, None)
JSON = TCon("Json")
JSON_DESC, JSON_VARIANT_DESCS, JSON_NULL = "mesh_rt_json_desc", "mesh_rt_json_variant_descs", "mesh_rt_json_null"
TYPE_DESC_SIZE = 17 * 8
SCALAR_DESCS = {"Int": "mesh_rt_int_desc", "Float": "mesh_rt_float_desc", "Bool": "mesh_rt_bool_desc",
                "()": "mesh_rt_unit_desc", "Atom": "mesh_rt_atom_desc"}
# name, size, pointer-offsets symbol, operations (None: absent) -- mesh_rt.h MESH_*_DESC
COLLECTIONS = {
    "List": (48, "mesh_rt_list_ptr_offsets", 2, {op: f"mesh_rt_list_{op}" for op in DESC_OPS}),
    "Map": (56, "mesh_rt_map_ptr_offsets", 3,
            {"eq": "mesh_rt_map_eq", "hash": "mesh_rt_map_hash", "display": "mesh_rt_map_display",
             "debug": "mesh_rt_map_debug"}),
    "Set": (56, "mesh_rt_map_ptr_offsets", 3,
            {"eq": "mesh_rt_set_eq", "hash": "mesh_rt_set_hash", "display": "mesh_rt_set_display",
             "debug": "mesh_rt_set_debug"}),
    "Queue": (48, "mesh_rt_queue_ptr_offsets", 2, {}),
}
OP_TYPES = {"eq": ir.FunctionType(ir.IntType(8), [I64, I64]), "cmp": ir.FunctionType(I64, [I64, I64]),
            "hash": ir.FunctionType(I64, [I64]), "display": ir.FunctionType(PTR, [I64]),
            "debug": ir.FunctionType(PTR, [I64])}


def _i64(v: int) -> ir.Constant:
    return ir.Constant(I64, v)


class Descriptors:
    def __init__(self, me: ModuleEmitter) -> None:
        self.me = me
        self.module = me.module
        self._descs: dict[str, ir.GlobalVariable] = {}
        self._statics: dict[str, ir.GlobalVariable] = {}

    # ------------------------------------------------------------ public
    def of_type(self, t: Type) -> ir.Value:
        """The descriptor of type ``t`` (for params, collections, and tuple/struct objects)."""
        t = prune(t)
        if isinstance(t, (TParam, TVar)) or t == TCon("Never"):
            t = TCon("()")
        if isinstance(t, TCon) and not t.args and t.name in ("Int", "Float", "Bool", "()", "Atom"):
            return self._scalar(t)
        if t == TCon("String"):
            return self.me.runtime.data(STRING_DESC)
        if isinstance(t, TTuple):
            return self._record(t, tuple_shape(t), "Tuple", [], list(t.elems))
        if isinstance(t, TFun):
            return self._emit(f"desc.{type_name(t)}", KIND_RECORD, DESC_POINTER, 0, [], "Fun", [], [], t)
        assert isinstance(t, TCon)
        types = self.me.types
        if t == JSON and declared(JSON_DESC):
            return self.me.runtime.data(JSON_DESC)
        if types.is_struct(t):
            names = [n for n, _ in types.struct_fields(t)]
            return self._record(t, struct_shape(types, t), types.display_name(t), names, list(t.args))
        if types.is_sum(t):
            return self._emit(f"desc.{type_name(t)}", KIND_RECORD, DESC_POINTER, 0, [],
                              types.display_name(t), [], list(t.args), t)
        if t.name == "Range" and declared("mesh_rt_range_desc"):
            return self.me.runtime.data("mesh_rt_range_desc")
        if t.name in COLLECTIONS:
            return self._collection(t)
        return self._emit(f"desc.{type_name(t)}", KIND_RECORD, DESC_POINTER, 0, [], t.name, [],
                          list(t.args), t)

    def variant(self, t: TCon, tag: int) -> ir.Value:
        if t == JSON and declared(JSON_VARIANT_DESCS):
            # &mesh_rt_json_variant_descs[tag]: the runtime traces the payloads
            return self.me.runtime.data(JSON_VARIANT_DESCS).gep([ir.Constant(I64, tag * TYPE_DESC_SIZE)])
        types = self.me.types
        shape = variant_shape(types, t, tag)
        v = types.variant(t, tag)
        return self._emit(f"desc.{type_name(t)}.{v.name}", KIND_RECORD, DESC_POINTER, shape.size,
                          shape.pointer_offsets(), v.name, [], list(t.args), t)

    def closure(self, body: str, captures: list[Type]) -> ir.Value:
        shape = closure_shape(captures)
        return self._emit(f"desc.closure.{body}", KIND_RECORD, DESC_POINTER, shape.size,
                          shape.pointer_offsets(), "Fun", [], [], None)

    def static_variant(self, t: TCon, tag: int) -> ir.GlobalVariable:
        """The one STATIC object of a nullary variant: ``{ {desc, STATIC}, tag }``."""
        if t == JSON and tag == 0 and declared(JSON_NULL):
            return self.me.runtime.data(JSON_NULL)
        key = f"static.{type_name(t)}.{tag}"
        found = self._statics.get(key)
        if found is None:
            ty = ir.LiteralStructType([HEADER, I64])
            header = ir.Constant(HEADER, [self.variant(t, tag), _i64(FLAG_STATIC)])
            found = ir.GlobalVariable(self.module, ty, key)
            found.initializer = ir.Constant(ty, [header, _i64(tag)])
            found.global_constant = True
            found.linkage = "private"
            found.align = OBJECT_ALIGN
            self._statics[key] = found
        return found

    # ------------------------------------------------------------ kinds
    def _scalar(self, t: TCon) -> ir.Value:
        runtime_name = SCALAR_DESCS[t.name]
        if declared(runtime_name):
            return self.me.runtime.data(runtime_name)
        if t.name == "Atom":
            return self._emit("desc.Atom", KIND_STRING, DESC_POINTER, 24, [], "Atom", [], [], t, elem_size=1)
        return self._emit(f"desc.{t.name}", 0, 0, 0, [], t.name, [], [], t)

    def _record(self, t: Type, shape: Shape, name: str, field_names: list[str], params: list[Type]) -> ir.Value:
        return self._emit(f"desc.{type_name(t)}", KIND_RECORD, DESC_POINTER, shape.size,
                          shape.pointer_offsets(), name, field_names, params, t)

    def _collection(self, t: TCon) -> ir.Value:
        key = f"desc.{type_name(t)}"
        found = self._descs.get(key)
        if found is not None:
            return found
        size, offsets, n_ptrs, ops = COLLECTIONS[t.name]
        var = self._declare(key)
        rt = self.me.runtime
        op_values = [self._runtime_op(ops.get(op), op) for op in DESC_OPS]
        var.initializer = ir.Constant(TYPE_DESC, [
            _i64(KIND_RECORD), _i64(DESC_POINTER), _i64(size), _i64(0), _i64(n_ptrs), rt.data(offsets),
            self.me.constants.cstring(t.name), _i64(0), NULL, _i64(len(t.args)), self._params(key, t.args),
            *op_values, NULL])
        return var

    def _runtime_op(self, name: str | None, op: str) -> ir.Value:
        if name is None:
            return NULL
        existing = self.module.globals.get(name)
        if existing is None:
            existing = ir.Function(self.module, OP_TYPES[op], name)
        return existing

    # ------------------------------------------------------------ emission
    def _declare(self, key: str) -> ir.GlobalVariable:
        var = ir.GlobalVariable(self.module, TYPE_DESC, key)
        var.global_constant = True
        var.linkage = "private"
        var.align = 8
        self._descs[key] = var
        return var

    def _emit(self, key: str, kind: int, flags: int, size: int, offsets: list[int], name: str,
              field_names: list[str], params: list[Type], ops_type: Type | None,
              elem_size: int = 0) -> ir.Value:
        found = self._descs.get(key)
        if found is not None:
            return found
        var = self._declare(key)       # registered first: operations may refer back to it
        consts = self.me.constants
        offsets_value = self._array(f"{key}.ptrs", I64, [_i64(o) for o in offsets])
        names_value = self._array(f"{key}.fields", PTR, [consts.cstring(n) for n in field_names])
        ops = self.me.ops
        op_values = [ops.word(op, ops_type) if ops_type is not None and ops.has(op, ops_type) else NULL
                     for op in DESC_OPS]
        var.initializer = ir.Constant(TYPE_DESC, [
            _i64(kind), _i64(flags), _i64(size), _i64(elem_size), _i64(len(offsets)), offsets_value,
            consts.cstring(name), _i64(len(field_names)), names_value, _i64(len(params)),
            self._params(key, params), *op_values, NULL])
        return var

    def _params(self, key: str, params: list[Type] | tuple[Type, ...]) -> ir.Value:
        return self._array(f"{key}.params", PTR, [self.of_type(p) for p in params])

    def _array(self, name: str, elem: ir.Type, values: list[ir.Value]) -> ir.Value:
        if not values:
            return NULL
        ty = ir.ArrayType(elem, len(values))
        var = ir.GlobalVariable(self.module, ty, name)
        var.initializer = ir.Constant(ty, values)
        var.global_constant = True
        var.linkage = "private"
        return var
