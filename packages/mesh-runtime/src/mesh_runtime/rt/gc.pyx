# The collector (declared in gc.pxd; README "GC" has the design).
#
# Roots are conservative (any word on the process's stack or in a spilled
# register that points inside a heap object keeps it), the heap is traced
# precisely by descriptor kind, and nothing moves, so a conservative root
# never needs updating.  Included after rt/start, whose main-process stack
# is the one stack the runtime runs processes on today.

from libc.stdint cimport int64_t, uint64_t, uintptr_t
from libc.stdlib cimport realloc
from libc.string cimport memset
from posix.mman cimport madvise, MADV_DONTNEED

cdef enum:
    # Collect when the bytes handed out since the last collection exceed
    # max(heap.floor, live bytes * GROWTH_FACTOR): the heap stays within
    # about (1 + GROWTH_FACTOR) x live + floor, and the work per byte
    # allocated stays constant as the live set grows.
    GROWTH_FACTOR = 1
    # Free blocks beyond what the next cycle can use are given back to the
    # system (their pages, not their addresses).
    SPARE_FREE_BLOCKS = 4

# Registered roots: addresses of words (module-level values).
cdef void ***root_slots
cdef int64_t n_root_slots
cdef int64_t cap_root_slots


# ---- policy --------------------------------------------------------------

cdef char *process_stack_top(mesh_heap *heap, char *sp) noexcept nogil:
    # The top of the runtime-owned stack `sp` is on, for the heap's process,
    # or NULL when running elsewhere (a Python caller, a foreign thread).
    if heap.stack_top != NULL:
        return heap.stack_top
    cdef char *top = main_process_stack.base + main_process_stack.size
    if (heap == &main_heap and main_process_stack.base != NULL
            and main_process_stack.base <= sp and sp < top):
        return top
    return NULL


cdef void maybe_collect(mesh_heap *heap) noexcept nogil:
    cdef char here = 0
    if heap.allocated < heap.threshold or heap.collecting or heap.auto_mode < 0:
        return
    # Automatic collection needs every root to be visible: true on a
    # process stack; a Python caller may hold objects where we cannot look.
    if heap.auto_mode == 0 and process_stack_top(heap, &here) == NULL:
        return
    gc_collect_heap(heap)


# ---- marking ---------------------------------------------------------------

cdef void mark_push(mesh_heap *heap, char *obj) noexcept nogil:
    cdef int64_t cap
    cdef uintptr_t *grown
    if heap.mark_len == heap.mark_cap:
        cap = heap.mark_cap * 2 if heap.mark_cap > 0 else 1024
        grown = <uintptr_t *>realloc(heap.mark_stack, <size_t>cap * sizeof(uintptr_t))
        if grown == NULL:
            panic_with(b"out of memory", 13, NULL, 0)
        heap.mark_stack = grown
        heap.mark_cap = cap
    heap.mark_stack[heap.mark_len] = <uintptr_t>obj
    heap.mark_len += 1


cdef inline void mark_word(mesh_heap *heap, uintptr_t w) noexcept nogil:
    # Marks the object w points into, if any, and queues it for tracing.
    if w - heap.lo >= heap.hi - heap.lo:
        return
    cdef mesh_large *large = NULL
    cdef char *obj = heap_find_object(heap, w, &large)
    if obj == NULL:
        return
    if large != NULL:
        if not large.marked:
            large.marked = 1
            heap.live_bytes += large.size
            mark_push(heap, obj)
        return
    cdef mesh_block *b = block_of(obj)
    cdef uintptr_t off = <uintptr_t>obj - <uintptr_t>b
    cdef uintptr_t g = off >> GRANULE_SHIFT
    cdef uint64_t bit = (<uint64_t>1) << (g & 63)
    if b.marks[g >> 6] & bit:
        return
    b.marks[g >> 6] |= bit
    cdef uint64_t size = (<mesh_obj_header *>obj).flags >> MESH_HDR_SIZE_SHIFT
    cdef uintptr_t line = off >> LINE_SHIFT
    cdef uintptr_t last = (off + size - 1) >> LINE_SHIFT
    while line <= last:
        b.line_marks[line] = 1
        line += 1
    heap.live_bytes += <int64_t>size
    mark_push(heap, obj)


cdef void visit_slot(void **slot, void *ctx) noexcept nogil:
    mark_word(<mesh_heap *>ctx, <uintptr_t>slot[0])


cdef void trace_object(mesh_heap *heap, char *obj) noexcept nogil:
    # Marks what obj points to, by its descriptor.  Offsets and lengths are
    # clamped to the allocated size, so a wrong descriptor cannot make the
    # collector read past the object.
    cdef mesh_obj_header *hdr = <mesh_obj_header *>obj
    cdef const mesh_type_desc *desc = hdr.desc
    cdef int64_t size = <int64_t>(hdr.flags >> MESH_HDR_SIZE_SHIFT)
    cdef int64_t i, off, n, start
    if desc == NULL:
        return
    if desc.kind == MESH_KIND_RECORD:
        for i in range(desc.n_ptrs):
            off = desc.ptr_offsets[i]
            if off >= <int64_t>sizeof(mesh_obj_header) and off + 8 <= size:
                mark_word(heap, (<uintptr_t *>(obj + off))[0])
    elif desc.kind == MESH_KIND_PTR_ARRAY:
        start = desc.size if desc.size >= 24 else 24
        n = (<int64_t *>(obj + 16))[0]
        if n > (size - start) // 8:
            n = (size - start) // 8
        for i in range(n):
            mark_word(heap, (<uintptr_t *>(obj + start))[i])
    elif desc.kind == MESH_KIND_OPAQUE:
        if desc.trace != NULL:
            desc.trace(obj, visit_slot, heap)
    # STRING, DATA_ARRAY: no pointers.


cdef void scan_words(mesh_heap *heap, char *lo, char *hi) noexcept nogil:
    # Conservative: every aligned word of [lo, hi) may be a pointer.
    cdef uintptr_t *p = <uintptr_t *>((<uintptr_t>lo + 7) & ~(<uintptr_t>7))
    cdef uintptr_t *end = <uintptr_t *>hi
    while p < end:
        mark_word(heap, p[0])
        p += 1


cdef void drain(mesh_heap *heap) noexcept nogil:
    while heap.mark_len > 0:
        heap.mark_len -= 1
        trace_object(heap, <char *>heap.mark_stack[heap.mark_len])


# ---- sweeping --------------------------------------------------------------

cdef void clear_line_marks(mesh_heap *heap) noexcept nogil:
    cdef int64_t i
    cdef char *b
    cdef mesh_span *s
    for i in range(heap.n_spans):
        s = &heap.spans[i]
        if s.large == NULL:
            b = s.lo
            while b < s.hi:
                memset((<mesh_block *>b).line_marks, 0, LINES_PER_BLOCK)
                b += BLOCK_SIZE


cdef bint sweep_block(mesh_block *b) noexcept nogil:
    # Keeps the start bits of marked objects only; True if any survive.
    cdef int64_t k
    cdef uint64_t m, any_live = 0
    for k in range(BITMAP_WORDS):
        m = b.marks[k]
        b.starts[k] &= m
        b.marks[k] = 0
        any_live |= m
    return any_live != 0


cdef bint has_free_line(mesh_block *b) noexcept nogil:
    cdef int64_t line
    for line in range(first_line(), LINES_PER_BLOCK):
        if not b.line_marks[line]:
            return True
    return False


cdef void sweep(mesh_heap *heap) noexcept nogil:
    # Rebuilds the free and recycle lists in address order and unmaps the
    # large objects nobody marked.
    cdef int64_t i, j = 0
    cdef mesh_span *s
    cdef char *b
    cdef mesh_block *blk
    heap.free_blocks = NULL
    heap.recycle = NULL
    heap.recycle_line = first_line()
    for i in range(heap.n_spans - 1, -1, -1):
        s = &heap.spans[i]
        if s.large != NULL:
            continue
        b = s.hi - BLOCK_SIZE
        while b >= s.lo:
            blk = <mesh_block *>b
            if not sweep_block(blk):
                blk.next = heap.free_blocks
                heap.free_blocks = blk
            elif has_free_line(blk):
                blk.next = heap.recycle
                heap.recycle = blk
            else:
                blk.next = NULL
            b -= BLOCK_SIZE
    for i in range(heap.n_spans):
        s = &heap.spans[i]
        if s.large != NULL:
            if not s.large.marked:
                heap_large_free(heap, s.large)
                continue
            s.large.marked = 0
        heap.spans[j] = heap.spans[i]
        j += 1
    heap.n_spans = j


cdef void release_spare_blocks(mesh_heap *heap) noexcept nogil:
    # Free blocks past what the next cycle can fill give their pages back;
    # they come back zero-filled, hence `fresh`.  The first page keeps the
    # block's metadata.
    cdef int64_t keep = heap.threshold // (BLOCK_SIZE - DATA_START) + SPARE_FREE_BLOCKS
    cdef mesh_block *b = heap.free_blocks
    while b != NULL:
        if keep > 0:
            keep -= 1
        elif not b.fresh:
            memset(<char *>b + DATA_START, 0, PAGE - DATA_START)
            madvise(<char *>b + PAGE, BLOCK_SIZE - PAGE, MADV_DONTNEED)
            b.fresh = 1
        b = b.next


# ---- one collection --------------------------------------------------------

cdef void collect_from(char *stack_low, void *ctx) noexcept nogil:
    # Runs with the callee-saved registers spilled at stack_low.
    cdef mesh_heap *heap = <mesh_heap *>ctx
    cdef char *top = process_stack_top(heap, stack_low)
    cdef int64_t i
    if top == NULL:
        top = mesh_gc_thread_stack_top()
    heap_retire_windows(heap)
    clear_line_marks(heap)
    heap.live_bytes = 0
    if top != NULL and top > stack_low:
        scan_words(heap, stack_low, top)
    for i in range(n_root_slots):
        mark_word(heap, <uintptr_t>root_slots[i][0])
    drain(heap)
    sweep(heap)
    heap.collections += 1
    heap.allocated = 0
    heap.threshold = heap.live_bytes * GROWTH_FACTOR
    if heap.threshold < heap.floor:
        heap.threshold = heap.floor
    release_spare_blocks(heap)


cdef void gc_collect_heap(mesh_heap *heap) noexcept nogil:
    if heap.collecting:
        return
    heap.collecting = 1
    mesh_gc_with_registers_spilled(collect_from, heap)
    heap.collecting = 0


# ---- ABI -------------------------------------------------------------------

cdef public void mesh_rt_gc_collect() noexcept nogil:
    gc_collect_heap(current_heap())


cdef public void mesh_rt_gc_register_root(void **slot) noexcept nogil:
    global root_slots, cap_root_slots, n_root_slots
    cdef int64_t cap
    cdef void ***grown
    if n_root_slots == cap_root_slots:
        cap = cap_root_slots * 2 if cap_root_slots > 0 else 64
        grown = <void ***>realloc(root_slots, <size_t>cap * sizeof(void **))
        if grown == NULL:
            panic_with(b"out of memory", 13, NULL, 0)
        root_slots = grown
        cap_root_slots = cap
    root_slots[n_root_slots] = slot
    n_root_slots += 1


cdef public void mesh_rt_gc_unregister_root(void **slot) noexcept nogil:
    global n_root_slots
    cdef int64_t i
    for i in range(n_root_slots - 1, -1, -1):
        if root_slots[i] == slot:
            n_root_slots -= 1
            root_slots[i] = root_slots[n_root_slots]
            return


cdef public void mesh_rt_gc_stats(mesh_gc_stats *out) noexcept nogil:
    cdef mesh_heap *heap = current_heap()
    out.collections = heap.collections
    out.live_bytes = heap.live_bytes
    out.heap_bytes = heap.block_bytes + heap.large_bytes
    out.allocated_bytes = heap.allocated
