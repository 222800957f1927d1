# Stack switching (csrc/mesh_context.h + csrc/mesh_context.S).

cdef extern from "mesh_context.h" nogil:
    ctypedef struct mesh_ctx:
        void *sp

    void mesh_ctx_switch(mesh_ctx *from_ctx, mesh_ctx *to_ctx)
    void mesh_ctx_init(mesh_ctx *ctx, void *stack_base, size_t stack_size,
                       void (*fn)(void *) noexcept nogil, void *arg)
