/*
 * mesh_gc_support.h -- the few things the heap and the collector need that
 * Cython cannot say: a thread-local variable, spilling the callee-saved
 * registers before a conservative stack scan, and the bounds of the OS
 * thread's own stack.  Included once, through rt/heap.pxd, so the
 * definitions below live in exactly one translation unit.
 */
#ifndef MESH_GC_SUPPORT_H
#define MESH_GC_SUPPORT_H

#include <pthread.h>
#include <stdint.h>
#include "mesh_rt.h"

/* Threads that run no process see this window: bump == limit == NULL, so
 * every allocation takes the slow path, which finds or makes the heap. */
static mesh_alloc_window mesh_empty_window = {0, 0};
__thread mesh_alloc_window *mesh_rt_current_heap = &mesh_empty_window;

typedef void (*mesh_gc_scan_fn)(char *stack_low, void *ctx);

/* Calls fn(stack_low, ctx) with the callee-saved registers stored in this
 * frame and stack_low the lowest address a scan must start from: every
 * pointer the callers hold is then between stack_low and the stack's top,
 * in a register save slot or in their frames.  Never inlined, so no
 * caller's locals can sit below stack_low. */
static __attribute__((noinline)) void mesh_gc_with_registers_spilled(
    mesh_gc_scan_fn fn, void *ctx)
{
    void *regs[12];
#if defined(__x86_64__)
    __asm__ volatile(
        "movq %%rbx, 0(%0)\n\t"
        "movq %%rbp, 8(%0)\n\t"
        "movq %%r12, 16(%0)\n\t"
        "movq %%r13, 24(%0)\n\t"
        "movq %%r14, 32(%0)\n\t"
        "movq %%r15, 40(%0)\n\t"
        : : "r"(regs) : "memory");
#elif defined(__aarch64__)
    __asm__ volatile(
        "stp x19, x20, [%0, #0]\n\t"
        "stp x21, x22, [%0, #16]\n\t"
        "stp x23, x24, [%0, #32]\n\t"
        "stp x25, x26, [%0, #48]\n\t"
        "stp x27, x28, [%0, #64]\n\t"
        "str x29, [%0, #80]\n\t"
        : : "r"(regs) : "memory");
#else
    __builtin_unwind_init();
#endif
    fn((char *)regs, ctx);
    /* Keeps regs alive across the call (and the call from becoming a tail
     * call that would pop this frame first). */
    __asm__ volatile("" : : "r"(regs) : "memory");
}

extern int pthread_getattr_np(pthread_t thread, pthread_attr_t *attr);

/* Top (highest address) of the running OS thread's stack, or NULL when the
 * system cannot say.  Cached: it never changes for a thread. */
static char *mesh_gc_thread_stack_top(void)
{
    static __thread char *top;
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (top != 0)
        return top;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0)
        top = (char *)addr + size;
    pthread_attr_destroy(&attr);
    return top;
}

#endif /* MESH_GC_SUPPORT_H */
