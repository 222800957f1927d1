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

const mesh_type_desc mesh_rt_string_desc = {
    MESH_KIND_STRING,
    0,
    (int64_t)sizeof(mesh_string),   /* header + len word */
    1,                              /* one byte per element */
    0, 0,
    "String",
    0, 0,
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

#define MESH_STATIC_TRUE ((mesh_string *)&mesh_static_true)
#define MESH_STATIC_FALSE ((mesh_string *)&mesh_static_false)

#endif /* MESH_BUILTIN_DESCS_H */
