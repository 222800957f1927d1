/*
 * preempt_flag.h -- the preemption flag that compiled code polls at every
 * safe point (function entry, loop heads; see mesh-codegen preemption.py).
 *
 * Defined here, in C, because it must be `volatile` and statically zero in
 * a program that never runs Python module initialisation.  Included once,
 * through rt/preempt.pyx.
 *
 * Today the flag is one plain global: there is a single process, and
 * codegen addresses the symbol as an ordinary (not thread-local) global.
 * When workers arrive, each worker thread gets its own flag and codegen
 * learns to address it per worker (see the README, "Preemption").
 */
#ifndef MESH_PREEMPT_FLAG_H
#define MESH_PREEMPT_FLAG_H

#include <stdint.h>

volatile int8_t mesh_rt_preempt_flag = 0;

/* Relaxed atomic accesses: the scheduler's timer thread writes the flag
 * while the worker reads it; no other memory is published through it. */
static inline void mesh_preempt_flag_set(int8_t value) {
    __atomic_store_n(&mesh_rt_preempt_flag, value, __ATOMIC_RELAXED);
}
static inline int8_t mesh_preempt_flag_get(void) {
    return __atomic_load_n(&mesh_rt_preempt_flag, __ATOMIC_RELAXED);
}

#endif /* MESH_PREEMPT_FLAG_H */
