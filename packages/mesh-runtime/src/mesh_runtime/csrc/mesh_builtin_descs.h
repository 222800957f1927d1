/*
 * mesh_builtin_descs.h -- type descriptors of the runtime's own object kinds.
 * They must be initialised statically (generated code and constant string
 * objects point at them before any runtime code runs), which Cython cannot
 * express, so they are defined here.  Included once, from _meshrt.pyx, so
 * the definitions below live in exactly one translation unit.
 */
#ifndef MESH_BUILTIN_DESCS_H
#define MESH_BUILTIN_DESCS_H

#include "mesh_rt.h"

/* The value operations are `cdef public` functions of rt/scalar_ops.pyx,
 * declared in mesh_rt.h.  Scalars have no heap layout: size is the word. */
#define MESH_SCALAR_DESC(NAME, PREFIX)                                      \
    {                                                                       \
        .kind = MESH_KIND_SCALAR, .flags = 0, .size = 8, .name = NAME,      \
        .eq = PREFIX##_eq, .cmp = PREFIX##_cmp, .hash = PREFIX##_hash,      \
        .display = PREFIX##_display, .debug = PREFIX##_display,             \
    }

const mesh_type_desc mesh_rt_int_desc = MESH_SCALAR_DESC("Int", mesh_rt_int);
const mesh_type_desc mesh_rt_float_desc = MESH_SCALAR_DESC("Float", mesh_rt_float);
const mesh_type_desc mesh_rt_bool_desc = MESH_SCALAR_DESC("Bool", mesh_rt_bool);
const mesh_type_desc mesh_rt_unit_desc = MESH_SCALAR_DESC("()", mesh_rt_unit);

const mesh_type_desc mesh_rt_string_desc = {
    .kind = MESH_KIND_STRING,
    .flags = MESH_DESC_POINTER,
    .size = (int64_t)sizeof(mesh_string),   /* header + len word */
    .elem_size = 1,                         /* one byte per element */
    .name = "String",
    .eq = mesh_rt_string_word_eq,
    .cmp = mesh_rt_string_word_cmp,
    .hash = mesh_rt_string_hash,
    .display = mesh_rt_string_display,
    .debug = mesh_rt_string_debug,
};

/* Atoms have the string layout (only ever STATIC objects). */
const mesh_type_desc mesh_rt_atom_desc = {
    .kind = MESH_KIND_STRING,
    .flags = MESH_DESC_POINTER,
    .size = (int64_t)sizeof(mesh_string),
    .elem_size = 1,
    .name = "Atom",
    .eq = mesh_rt_atom_eq,
    .cmp = mesh_rt_atom_cmp,
    .hash = mesh_rt_atom_hash,
    .display = mesh_rt_atom_display,
    .debug = mesh_rt_atom_debug,
};

/* Constant strings the runtime returns instead of allocating; the same
 * layout codegen emits for string literals. */
#define MESH_STATIC_STRING(NAME, LEN, TEXT)                               \
    static const struct {                                                 \
        mesh_obj_header hdr;                                              \
        int64_t len;                                                      \
        char bytes[LEN + 1];                                              \
    } NAME = { { &mesh_rt_string_desc, MESH_FLAG_STATIC }, LEN, TEXT }

MESH_STATIC_STRING(mesh_static_true, 4, "true");
MESH_STATIC_STRING(mesh_static_false, 5, "false");

MESH_STATIC_STRING(mesh_static_unit, 2, "()");
MESH_STATIC_STRING(mesh_static_empty, 0, "");

#define MESH_STATIC_TRUE ((mesh_string *)&mesh_static_true)
#define MESH_STATIC_FALSE ((mesh_string *)&mesh_static_false)
#define MESH_STATIC_UNIT ((mesh_string *)&mesh_static_unit)
#define MESH_STATIC_EMPTY ((mesh_string *)&mesh_static_empty)

#endif /* MESH_BUILTIN_DESCS_H */
