# Value operations of the built-in types (rt/scalar_ops.pyx) and the
# descriptors that hold them (csrc/mesh_builtin_descs.h).

from libc.stdint cimport int64_t, uint64_t

cdef extern from "mesh_builtin_descs.h" nogil:
    const mesh_type_desc mesh_rt_int_desc
    const mesh_type_desc mesh_rt_float_desc
    const mesh_type_desc mesh_rt_bool_desc
    const mesh_type_desc mesh_rt_unit_desc
    const mesh_type_desc mesh_rt_atom_desc
    mesh_string *MESH_STATIC_UNIT
    mesh_string *MESH_STATIC_EMPTY
    int64_t MESH_KIND_SCALAR

