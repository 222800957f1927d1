# Heaps (declared in heap.pxd; the design is in README "GC").
#
# Allocation is a bump through a window of free, zeroed lines.  When the
# window is spent the slow path records the objects it holds in their
# block's start bitmap (the collector needs object starts to resolve
# interior pointers; doing it here, in bulk, keeps the fast path at a bump
# and two header stores), then takes the next run of free lines from a
# block the last sweep left partly used, then a wholly free block, then a
# new region of blocks.  The collection trigger is checked there too, so
# the fast path never tests it.

from libc.stdint cimport int64_t, uint64_t, uintptr_t
from libc.stdlib cimport realloc, free
from libc.string cimport memset, memmove
from posix.mman cimport (mmap, munmap, PROT_READ, PROT_WRITE, MAP_PRIVATE,
                         MAP_ANONYMOUS, MAP_FAILED)

cdef enum:
    # Objects start after the block metadata, on a line boundary.
    FIRST_LINE = (sizeof(mesh_block) + LINE_SIZE - 1) // LINE_SIZE
    DATA_START = FIRST_LINE * LINE_SIZE
    LARGE_HEADER = (sizeof(mesh_large) + 15) & ~15
    PAGE = 4096
    REGION_BLOCKS_MAX = 64                  # regions grow up to 2 MiB
    MAIN_HEAP_FIRST_REGION = 8              # 256 KiB
    MAIN_HEAP_FLOOR = 1024 * 1024           # see rt/gc: trigger policy

# The heap of the main process.  mesh_rt_current_heap (thread-local, in
# csrc/mesh_gc_support.h) points at the running process's heap; today that
# is always this one, once heaps_init has run.
cdef mesh_heap main_heap
cdef bint main_heap_ready


cdef void heaps_init() noexcept nogil:
    global main_heap_ready, mesh_rt_current_heap
    if not main_heap_ready:
        heap_init(&main_heap, MAIN_HEAP_FLOOR, MAIN_HEAP_FIRST_REGION)
        main_heap_ready = True
    if mesh_rt_current_heap == &mesh_empty_window:
        mesh_rt_current_heap = &main_heap.win


cdef mesh_heap *current_heap() noexcept nogil:
    if mesh_rt_current_heap == &mesh_empty_window:
        heaps_init()
    return <mesh_heap *>mesh_rt_current_heap


cdef void heap_init(mesh_heap *heap, int64_t floor,
                    int64_t first_region_blocks) noexcept nogil:
    memset(heap, 0, sizeof(mesh_heap))
    heap.next_region_blocks = first_region_blocks if first_region_blocks > 0 else 1
    heap.floor = floor
    heap.threshold = floor
    heap.lo = <uintptr_t>-1


cdef void heap_release(mesh_heap *heap) noexcept nogil:
    # Unmaps everything; the heap is empty afterwards (a process exit).
    cdef int64_t i
    cdef mesh_span *s
    for i in range(heap.n_spans):
        s = &heap.spans[i]
        munmap(s.lo, <size_t>(s.hi - s.lo))
    free(heap.spans)
    free(heap.mark_stack)
    heap_init(heap, heap.floor, 1)


cdef inline mesh_block *block_of(const void *p) noexcept nogil:
    return <mesh_block *>(<uintptr_t>p & ~(<uintptr_t>BLOCK_SIZE - 1))


cdef int64_t first_line() noexcept nogil:
    return FIRST_LINE


cdef void out_of_memory() noexcept nogil:
    panic_with(b"out of memory", 13, NULL, 0)


# ---- spans: the sorted table of mappings -----------------------------------

cdef int64_t span_index(mesh_heap *heap, uintptr_t addr) noexcept nogil:
    # The span holding addr, or -1.
    cdef int64_t lo = 0, hi = heap.n_spans, mid
    cdef mesh_span *s
    while lo < hi:
        mid = (lo + hi) >> 1
        s = &heap.spans[mid]
        if addr < <uintptr_t>s.lo:
            hi = mid
        elif addr >= <uintptr_t>s.hi:
            lo = mid + 1
        else:
            return mid
    return -1


cdef void span_insert(mesh_heap *heap, char *lo, char *hi,
                      mesh_large *large) noexcept nogil:
    cdef int64_t pos = 0, top = heap.n_spans, mid
    cdef int64_t cap
    cdef mesh_span *grown
    if heap.n_spans == heap.cap_spans:
        cap = heap.cap_spans * 2 if heap.cap_spans > 0 else 16
        grown = <mesh_span *>realloc(heap.spans, <size_t>cap * sizeof(mesh_span))
        if grown == NULL:
            out_of_memory()
        heap.spans = grown
        heap.cap_spans = cap
    while pos < top:
        mid = (pos + top) >> 1
        if heap.spans[mid].lo < lo:
            pos = mid + 1
        else:
            top = mid
    memmove(&heap.spans[pos + 1], &heap.spans[pos],
            <size_t>(heap.n_spans - pos) * sizeof(mesh_span))
    heap.spans[pos].lo = lo
    heap.spans[pos].hi = hi
    heap.spans[pos].large = large
    heap.n_spans += 1
    if <uintptr_t>lo < heap.lo:
        heap.lo = <uintptr_t>lo
    if <uintptr_t>hi > heap.hi:
        heap.hi = <uintptr_t>hi


cdef extern from *:
    int count_leading_zeros "__builtin_clzll"(unsigned long long x) nogil


cdef char *heap_find_object(mesh_heap *heap, uintptr_t addr,
                            mesh_large **large) noexcept nogil:
    # The object of this heap that holds addr (interior addresses count),
    # or NULL.  *large is set for a large object.  Valid while the start
    # bitmaps are (the windows retired): a set start bit always has an
    # intact header under it, since only the sweep frees memory.
    cdef int64_t i = span_index(heap, addr)
    if i < 0:
        return NULL
    cdef mesh_span *s = &heap.spans[i]
    cdef char *obj
    if s.large != NULL:
        obj = <char *>s.large + LARGE_HEADER
        if addr < <uintptr_t>obj or addr >= <uintptr_t>obj + <uintptr_t>s.large.size:
            return NULL
        large[0] = s.large
        return obj
    cdef mesh_block *b = block_of(<void *>addr)
    cdef uintptr_t off = addr - <uintptr_t>b
    if off < DATA_START:
        return NULL
    # The nearest start at or below addr's granule.
    cdef uintptr_t g = off >> GRANULE_SHIFT
    cdef int64_t w = <int64_t>(g >> 6)
    cdef uint64_t bits = b.starts[w]
    if (addr & 7) == 0 and (bits >> (g & 63)) & 1:
        # An exact object start (every precise pointer): no need to touch
        # the object itself, whose header is often not in cache.
        return <char *>addr
    bits &= (~(<uint64_t>0)) >> (63 - (g & 63))
    while bits == 0:
        w -= 1
        if w < 0:
            return NULL
        bits = b.starts[w]
    obj = <char *>b + ((w * 64 + 63 - count_leading_zeros(bits)) << GRANULE_SHIFT)
    if addr >= <uintptr_t>obj + ((<mesh_obj_header *>obj).flags >> MESH_HDR_SIZE_SHIFT):
        return NULL
    return obj


# ---- mapping memory ----------------------------------------------------------

cdef void map_region(mesh_heap *heap) noexcept nogil:
    # Maps next_region_blocks blocks aligned to BLOCK_SIZE (over-map by one
    # block, trim both ends) and puts them on the free list, lowest first.
    cdef int64_t n = heap.next_region_blocks
    cdef size_t size = <size_t>n * BLOCK_SIZE
    cdef void *raw = mmap(NULL, size + BLOCK_SIZE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    if raw == MAP_FAILED:
        out_of_memory()
    cdef uintptr_t start = (<uintptr_t>raw + BLOCK_SIZE - 1) & ~(<uintptr_t>BLOCK_SIZE - 1)
    cdef uintptr_t end = start + size
    if start > <uintptr_t>raw:
        munmap(raw, start - <uintptr_t>raw)
    if <uintptr_t>raw + size + BLOCK_SIZE > end:
        munmap(<void *>end, <uintptr_t>raw + size + BLOCK_SIZE - end)
    cdef int64_t i
    cdef mesh_block *b
    for i in range(n - 1, -1, -1):
        b = <mesh_block *>(start + <uintptr_t>i * BLOCK_SIZE)
        b.fresh = 1
        b.next = heap.free_blocks
        heap.free_blocks = b
    span_insert(heap, <char *>start, <char *>end, NULL)
    heap.block_bytes += <int64_t>size
    if heap.next_region_blocks < REGION_BLOCKS_MAX:
        heap.next_region_blocks *= 2


cdef char *large_alloc(mesh_heap *heap, size_t n) noexcept nogil:
    maybe_collect(heap)
    cdef size_t map_size = (LARGE_HEADER + n + PAGE - 1) & ~(<size_t>PAGE - 1)
    cdef void *p = mmap(NULL, map_size, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    if p == MAP_FAILED:
        out_of_memory()
    cdef mesh_large *lg = <mesh_large *>p
    lg.map_size = map_size
    lg.size = <int64_t>n
    lg.marked = 0
    span_insert(heap, <char *>p, <char *>p + map_size, lg)
    heap.large_bytes += <int64_t>map_size
    heap.allocated += <int64_t>map_size
    return <char *>p + LARGE_HEADER


cdef void heap_large_free(mesh_heap *heap, mesh_large *large) noexcept nogil:
    # Unmaps one large object; the caller removes its span.
    heap.large_bytes -= <int64_t>large.map_size
    munmap(large, large.map_size)


# ---- windows -----------------------------------------------------------------

cdef void record_starts(char *p, char *end) noexcept nogil:
    # Sets the start bit of each object in [p, end): objects are laid end to
    # end there, each header holding its size.
    cdef mesh_block *b
    cdef uintptr_t g
    cdef uint64_t size
    while p < end:
        b = block_of(p)
        g = (<uintptr_t>p - <uintptr_t>b) >> GRANULE_SHIFT
        b.starts[g >> 6] |= (<uint64_t>1) << (g & 63)
        size = (<mesh_obj_header *>p).flags >> MESH_HDR_SIZE_SHIFT
        if size < sizeof(mesh_obj_header) or size > <uint64_t>(end - p):
            panic_with(b"heap corrupted (object header overwritten)", 42, NULL, 0)
        p += size


cdef void heap_retire_windows(mesh_heap *heap) noexcept nogil:
    # Records the objects of both windows and empties them; what remains of
    # their free runs is reclaimed by the next sweep.
    record_starts(heap.win_start, heap.win.bump)
    record_starts(heap.ovf_start, heap.ovf_bump)
    heap.win.bump = heap.win.limit = heap.win_start = NULL
    heap.ovf_bump = heap.ovf_limit = heap.ovf_start = NULL


cdef mesh_block *take_free_block(mesh_heap *heap) noexcept nogil:
    if heap.free_blocks == NULL:
        map_region(heap)
    cdef mesh_block *b = heap.free_blocks
    heap.free_blocks = b.next
    b.next = NULL
    if not b.fresh:
        memset(<char *>b + DATA_START, 0, BLOCK_SIZE - DATA_START)
    b.fresh = 0
    heap.allocated += BLOCK_SIZE - DATA_START
    return b


cdef bint next_hole(mesh_heap *heap) noexcept nogil:
    # Points the window at the next run of free lines in the recycle list.
    cdef mesh_block *b
    cdef int64_t line, end
    while heap.recycle != NULL:
        b = heap.recycle
        line = heap.recycle_line if heap.recycle_line > FIRST_LINE else FIRST_LINE
        while line < LINES_PER_BLOCK and b.line_marks[line]:
            line += 1
        if line < LINES_PER_BLOCK:
            end = line + 1
            while end < LINES_PER_BLOCK and not b.line_marks[end]:
                end += 1
            heap.recycle_line = end
            heap.win.bump = <char *>b + line * LINE_SIZE
            heap.win.limit = <char *>b + end * LINE_SIZE
            heap.win_start = heap.win.bump
            memset(heap.win.bump, 0, <size_t>(heap.win.limit - heap.win.bump))
            heap.allocated += (end - line) * LINE_SIZE
            return True
        heap.recycle = b.next
        heap.recycle_line = FIRST_LINE
    return False


cdef void refill_window(mesh_heap *heap) noexcept nogil:
    record_starts(heap.win_start, heap.win.bump)
    heap.win.bump = heap.win.limit = heap.win_start = NULL
    maybe_collect(heap)
    if next_hole(heap):
        return
    cdef mesh_block *b = take_free_block(heap)
    heap.win.bump = <char *>b + DATA_START
    heap.win.limit = <char *>b + BLOCK_SIZE
    heap.win_start = heap.win.bump


cdef void refill_overflow(mesh_heap *heap) noexcept nogil:
    record_starts(heap.ovf_start, heap.ovf_bump)
    heap.ovf_bump = heap.ovf_limit = heap.ovf_start = NULL
    maybe_collect(heap)
    cdef mesh_block *b = take_free_block(heap)
    heap.ovf_bump = <char *>b + DATA_START
    heap.ovf_limit = <char *>b + BLOCK_SIZE
    heap.ovf_start = heap.ovf_bump


# ---- allocation --------------------------------------------------------------

cdef char *alloc_slow(mesh_heap *heap, size_t n) noexcept nogil:
    # n: rounded size that did not fit the window.
    cdef char *p
    if n > LARGE_MIN:
        return large_alloc(heap, n)
    if n > LINE_SIZE:
        if n > <size_t>(heap.ovf_limit - heap.ovf_bump):
            refill_overflow(heap)
        p = heap.ovf_bump
        heap.ovf_bump = p + n
        return p
    # A small object fits any run of free lines, so one refill is enough
    # (the window is empty after a collection, hence the loop).
    while n > <size_t>(heap.win.limit - heap.win.bump):
        refill_window(heap)
    p = heap.win.bump
    heap.win.bump = p + n
    return p


cdef void *heap_alloc(mesh_heap *heap, const mesh_type_desc *desc,
                      int64_t size) noexcept nogil:
    if size < 0 or size > (<int64_t>1 << 46):
        out_of_memory()
    cdef size_t n = (<size_t>size + 7) & ~(<size_t>7)
    if n < sizeof(mesh_obj_header):
        n = sizeof(mesh_obj_header)
    cdef char *p = heap.win.bump
    if n <= <size_t>(heap.win.limit - p):
        heap.win.bump = p + n
    else:
        p = alloc_slow(heap, n)
    cdef mesh_obj_header *obj = <mesh_obj_header *>p
    obj.desc = desc
    obj.flags = <uint64_t>n << MESH_HDR_SIZE_SHIFT
    return p


cdef public void *mesh_rt_alloc(const mesh_type_desc *desc,
                                int64_t size) noexcept nogil:
    # The fast path of heap_alloc again, on the thread's window directly
    # (mesh_rt_alloc_inline in mesh_rt.h is the same for generated code).
    cdef mesh_alloc_window *w = mesh_rt_current_heap
    cdef char *p = w.bump
    cdef uint64_t n = (<uint64_t>size + 7) & ~(<uint64_t>7)
    cdef mesh_obj_header *obj
    if size >= <int64_t>sizeof(mesh_obj_header) and n <= <uint64_t>(w.limit - p):
        w.bump = p + n
        obj = <mesh_obj_header *>p
        obj.desc = desc
        obj.flags = n << MESH_HDR_SIZE_SHIFT
        return p
    return heap_alloc(current_heap(), desc, size)
