# Heaps: where objects live (README "GC" explains the design).
#
# A heap is a set of 32 KiB blocks, each cut into 256-byte lines, plus large
# objects in mappings of their own.  Allocation bumps a pointer through a
# window of free lines; the collector (rt/gc) marks objects and lines and
# turns runs of free lines back into windows.  Objects never move.

from libc.stdint cimport int32_t, int64_t, uint8_t, uint64_t, uintptr_t

cdef extern from "mesh_gc_support.h" nogil:
    ctypedef struct mesh_alloc_window:
        char *bump            # next free byte
        char *limit           # end of the free run
    mesh_alloc_window *mesh_rt_current_heap     # thread-local
    mesh_alloc_window mesh_empty_window
    uint64_t MESH_HDR_SIZE_SHIFT
    ctypedef void (*mesh_gc_scan_fn)(char *stack_low, void *ctx) noexcept nogil
    void mesh_gc_with_registers_spilled(mesh_gc_scan_fn fn, void *ctx)
    char *mesh_gc_thread_stack_top()

cdef enum:
    BLOCK_SIZE = 32768            # blocks are aligned to their size
    LINE_SIZE = 256
    LINE_SHIFT = 8
    LINES_PER_BLOCK = 128
    GRANULE_SHIFT = 3             # objects start on 8-byte granules
    BITMAP_WORDS = 64             # 4096 granules per block, a bit each
    LARGE_MIN = 8192              # bigger objects get a mapping of their own

# Block metadata, at the start of every block; objects follow it from
# FIRST_LINE on.
cdef struct mesh_block:
    mesh_block *next              # in the heap's free or recycle list
    int32_t fresh                 # data area untouched since mapped: zero
    int32_t unused
    uint8_t line_marks[LINES_PER_BLOCK]   # 1: a marked object covers it
    uint64_t starts[BITMAP_WORDS] # an object starts at this granule
    uint64_t marks[BITMAP_WORDS]  # ... and the collection in progress
                                  # found it reachable

# A large object's mapping starts with this, the object follows at
# LARGE_HEADER.
cdef struct mesh_large:
    size_t map_size
    int64_t size                  # the object's allocated size
    int64_t marked
    int64_t unused

# One mapping of the heap: a region of blocks or a large object.
cdef struct mesh_span:
    char *lo
    char *hi
    mesh_large *large             # NULL for a region of blocks

cdef struct mesh_heap:
    mesh_alloc_window win         # MUST stay first: generated code bumps it
    char *win_start               # first object of win not yet in `starts`
    # Medium objects (> LINE_SIZE) that do not fit the window go to a second
    # window over whole free blocks, so they never skip small holes.
    char *ovf_start
    char *ovf_bump
    char *ovf_limit
    mesh_block *recycle           # blocks with free lines, left to search
    int64_t recycle_line          # where to go on in the first of them
    mesh_block *free_blocks       # blocks with no live object
    mesh_span *spans              # every mapping, sorted by address
    int64_t n_spans
    int64_t cap_spans
    uintptr_t lo                  # lowest and highest address of all spans
    uintptr_t hi
    int64_t next_region_blocks    # blocks in the next region mapped
    # Accounting and collection policy (see rt/gc).
    int64_t block_bytes           # mapped for blocks
    int64_t large_bytes           # mapped for large objects
    int64_t allocated             # handed out since the last collection
    int64_t threshold             # collect once `allocated` exceeds it
    int64_t floor                 # the threshold never goes below this
    int64_t live_bytes            # kept by the last collection
    int64_t collections
    int32_t auto_mode             # 1: always collect on the threshold,
                                  # 0: only on a process stack, -1: never
    int32_t collecting
    char *stack_top               # top of the owning process's stack; the
                                  # scheduler sets it (NULL: found at GC)
    uintptr_t *mark_stack         # the collector's work list
    int64_t mark_len
    int64_t mark_cap

cdef void heap_init(mesh_heap *heap, int64_t floor,
                    int64_t first_region_blocks) noexcept nogil
cdef void heap_release(mesh_heap *heap) noexcept nogil
cdef void *heap_alloc(mesh_heap *heap, const mesh_type_desc *desc,
                      int64_t size) noexcept nogil
cdef mesh_heap *current_heap() noexcept nogil
cdef void heaps_init() noexcept nogil
# For the collector.
cdef void heap_retire_windows(mesh_heap *heap) noexcept nogil
cdef char *heap_find_object(mesh_heap *heap, uintptr_t addr,
                            mesh_large **large) noexcept nogil
cdef void heap_large_free(mesh_heap *heap, mesh_large *large) noexcept nogil
cdef mesh_block *block_of(const void *p) noexcept nogil
cdef int64_t first_line() noexcept nogil
