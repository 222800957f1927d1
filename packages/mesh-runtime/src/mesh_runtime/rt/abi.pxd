# The public ABI types and constants from include/mesh_rt.h, as Cython sees
# them.  The mesh_rt_* functions themselves are defined by `cdef public`
# functions in the part files; mesh_rt.h's prototypes are checked against
# those definitions by the C compiler, since both land in one file.

from libc.stdint cimport int8_t, int64_t, uint64_t

cdef extern from "mesh_rt.h" nogil:
    enum:
        MESH_KIND_STRING
        MESH_KIND_RECORD
        MESH_KIND_PTR_ARRAY
        MESH_KIND_DATA_ARRAY
        MESH_KIND_OPAQUE

    uint64_t MESH_FLAG_STATIC
    uint64_t MESH_FLAG_MARK

    int64_t MESH_DESC_POINTER
    ctypedef uint64_t mesh_word
    ctypedef void (*mesh_visit_fn)(void **slot, void *ctx) noexcept nogil

    ctypedef struct mesh_string
    ctypedef struct mesh_type_desc:
        int64_t kind
        int64_t flags
        int64_t size
        int64_t elem_size
        int64_t n_ptrs
        const int64_t *ptr_offsets
        const char *name
        int64_t n_fields
        const char *const *field_names
        int64_t n_params
        const mesh_type_desc *const *params
        int8_t (*eq)(uint64_t a, uint64_t b) noexcept nogil
        int64_t (*cmp)(uint64_t a, uint64_t b) noexcept nogil
        uint64_t (*hash)(uint64_t a) noexcept nogil
        mesh_string *(*display)(uint64_t a) noexcept nogil
        mesh_string *(*debug)(uint64_t a) noexcept nogil
        void (*trace)(void *obj, mesh_visit_fn visit, void *ctx) noexcept nogil

    ctypedef struct mesh_obj_header:
        const mesh_type_desc *desc
        uint64_t flags

    ctypedef struct mesh_string:
        mesh_obj_header hdr
        int64_t len
        char bytes[1]   # really a flexible array member: len bytes + NUL

# Statically initialised descriptors (see csrc/mesh_builtin_descs.h).
cdef extern from "mesh_builtin_descs.h" nogil:
    const mesh_type_desc mesh_rt_string_desc
    mesh_string *MESH_STATIC_TRUE
    mesh_string *MESH_STATIC_FALSE
