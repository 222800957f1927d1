/*
 * mesh_context.h -- switching between stacks, the one thing the runtime
 * writes in assembly (mesh_context.S).  A context is just the saved stack
 * pointer of a suspended stack; the callee-saved registers live on that
 * stack while it is suspended.
 */
#ifndef MESH_CONTEXT_H
#define MESH_CONTEXT_H

#include <stddef.h>

typedef struct mesh_ctx {
    void *sp;
} mesh_ctx;

/* Saves the running stack into `from` and resumes `to`.  Returns when some
 * other context switches back to `from`. */
void mesh_ctx_switch(mesh_ctx *from, mesh_ctx *to);

/* Entry of the first switch into a fresh context (in mesh_context.S): calls
 * fn(arg) found in callee-saved registers.  fn must never return; it ends
 * by switching away for good. */
void mesh_ctx_trampoline(void);

/* Prepares `ctx` so that switching to it calls fn(arg) on the stack
 * [stack_base, stack_base + stack_size). */
static inline void mesh_ctx_init(mesh_ctx *ctx, void *stack_base,
                                 size_t stack_size, void (*fn)(void *),
                                 void *arg)
{
    /* Top of stack, 16-byte aligned as both ABIs require. */
    unsigned long top = ((unsigned long)stack_base + stack_size) & ~15UL;
    void **sp;
#if defined(__x86_64__)
    /* Frame popped by mesh_ctx_switch: r15 r14 r13 r12 rbx rbp, return
     * address; 7 words, leaving rsp 16-aligned at the trampoline, plus two
     * zero words above (a null return address ends backtraces). */
    sp = (void **)(top - 9 * sizeof(void *));
    sp[0] = 0;                       /* r15 */
    sp[1] = 0;                       /* r14 */
    sp[2] = arg;                     /* r13 */
    sp[3] = (void *)fn;              /* r12 */
    sp[4] = 0;                       /* rbx */
    sp[5] = 0;                       /* rbp */
    sp[6] = (void *)mesh_ctx_trampoline;
    sp[7] = 0;
    sp[8] = 0;
#elif defined(__aarch64__)
    /* Frame popped by mesh_ctx_switch: d8-d15, x19-x28, x29, x30 (20 words,
     * 160 bytes, a multiple of 16). x19 = fn, x20 = arg, x30 = trampoline. */
    int i;
    sp = (void **)(top - 20 * sizeof(void *));
    for (i = 0; i < 20; i++)
        sp[i] = 0;
    sp[8] = (void *)fn;              /* x19 */
    sp[9] = arg;                     /* x20 */
    sp[19] = (void *)mesh_ctx_trampoline; /* x30 */
#else
#error "mesh runtime: no context switch for this architecture"
#endif
    ctx->sp = (void *)sp;
}

#endif /* MESH_CONTEXT_H */
