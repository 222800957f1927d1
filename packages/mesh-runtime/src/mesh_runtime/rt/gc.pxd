# The collector: per-heap, non-moving mark-sweep (README "GC").
#
# Phases of one collection, each a function below: retire the allocation
# windows (rt/heap), clear the marks, mark from the roots (the process's
# stack, conservatively, and the registered roots), trace the heap
# precisely through the descriptors, sweep (blocks to free / recycle lists,
# unmarked large objects unmapped), then set the next trigger.

from libc.stdint cimport int64_t, uintptr_t

cdef extern from "mesh_rt.h" nogil:
    ctypedef struct mesh_gc_stats:
        int64_t collections
        int64_t live_bytes
        int64_t heap_bytes
        int64_t allocated_bytes

# Called by the allocator's slow path: collects if the trigger is reached.
cdef void maybe_collect(mesh_heap *heap) noexcept nogil
cdef void gc_collect_heap(mesh_heap *heap) noexcept nogil
