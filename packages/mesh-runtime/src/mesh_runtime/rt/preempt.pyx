# The preemption hook (ABI in mesh_rt.h, "preemption").
#
# Compiled code polls mesh_rt_preempt_flag at every safe point and calls
# mesh_rt_preempt_yield when it is set.  With one process there is nothing
# to switch to, so yielding only clears the flag and counts the yield.  The
# scheduler will (1) run a timer that sets the running worker's flag when a
# process has used its time slice, and (2) make mesh_rt_preempt_yield put
# the current process back on the run queue and switch to the next one.

from libc.stdint cimport int8_t, int64_t

cdef extern from "preempt_flag.h" nogil:
    void mesh_preempt_flag_set(int8_t value)
    int8_t mesh_preempt_flag_get()

# The scheduler's timer will call mesh_preempt_flag_set(1) for the worker
# whose process used up its time slice.

# How many times code yielded (for tests and, later, scheduler statistics).
cdef int64_t preempt_yields = 0


cdef public void mesh_rt_preempt_yield() noexcept nogil:
    global preempt_yields
    mesh_preempt_flag_set(0)
    preempt_yields += 1
