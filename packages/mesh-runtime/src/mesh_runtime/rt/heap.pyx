# Heaps (declared in heap.pxd).
#
# A heap is a list of chunks mapped with mmap; allocation bumps a pointer in
# the newest chunk.  Fresh mappings are zero-filled by the kernel, which is
# what makes mesh_rt_alloc's "zeroed memory" promise free; a future GC that
# reuses memory must zero it itself.  Objects larger than half an ordinary
# chunk get a chunk of their own so they never waste the current one.

from libc.stdint cimport int64_t
from posix.mman cimport (mmap, munmap, PROT_READ, PROT_WRITE, MAP_PRIVATE,
                         MAP_ANONYMOUS, MAP_FAILED)

cdef enum:
    CHUNK_MIN = 64 * 1024
    CHUNK_MAX = 8 * 1024 * 1024
    MAIN_HEAP_FIRST_CHUNK = 256 * 1024
    # Chunk bookkeeping at the start of each mapping, rounded to 16 bytes.
    CHUNK_HEADER = (sizeof(mesh_chunk) + 15) & ~15
    PAGE = 4096

# The heap of the main process, and the heap allocations go to.  The second
# becomes the running process's heap once the scheduler exists.
cdef mesh_heap main_heap
cdef mesh_heap *running_heap


cdef void heaps_init() noexcept nogil:
    global running_heap
    if running_heap == NULL:
        heap_init(&main_heap, MAIN_HEAP_FIRST_CHUNK)
        running_heap = &main_heap


cdef mesh_heap *current_heap() noexcept nogil:
    if running_heap == NULL:
        heaps_init()
    return running_heap


cdef void heap_init(mesh_heap *heap, size_t first_chunk) noexcept nogil:
    heap.bump = NULL
    heap.limit = NULL
    heap.chunks = NULL
    heap.next_chunk = first_chunk if first_chunk > CHUNK_MIN else CHUNK_MIN
    heap.mapped = 0


cdef void heap_release(mesh_heap *heap) noexcept nogil:
    cdef mesh_chunk *c = heap.chunks
    cdef mesh_chunk *nxt
    while c != NULL:
        nxt = c.next
        munmap(c, c.map_size)
        c = nxt
    heap_init(heap, heap.next_chunk)


cdef mesh_chunk *chunk_map(size_t map_size) noexcept nogil:
    cdef void *p = mmap(NULL, map_size, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    if p == MAP_FAILED:
        panic_with(b"out of memory", 13, NULL, 0)
    cdef mesh_chunk *c = <mesh_chunk *>p
    c.map_size = map_size
    return c


cdef void *heap_alloc_slow(mesh_heap *heap, size_t size) noexcept nogil:
    cdef mesh_chunk *c
    cdef size_t map_size
    cdef char *p
    if size > heap.next_chunk // 2:
        # Large object: its own chunk, linked behind the current one so the
        # bump region stays where it is.
        map_size = (CHUNK_HEADER + size + PAGE - 1) & ~(<size_t>PAGE - 1)
        c = chunk_map(map_size)
        if heap.chunks == NULL:
            c.next = NULL
            heap.chunks = c
        else:
            c.next = heap.chunks.next
            heap.chunks.next = c
        heap.mapped += map_size
        return <char *>c + CHUNK_HEADER
    c = chunk_map(heap.next_chunk)
    c.next = heap.chunks
    heap.chunks = c
    p = <char *>c + CHUNK_HEADER
    heap.bump = p + size
    heap.limit = <char *>c + heap.next_chunk
    heap.mapped += heap.next_chunk
    if heap.next_chunk < CHUNK_MAX:
        heap.next_chunk *= 2
    return p


cdef void *heap_alloc(mesh_heap *heap, int64_t size) noexcept nogil:
    # size: bytes wanted, rounded up here to keep every object 8-aligned.
    if size < 0 or size > (<int64_t>1 << 46):
        panic_with(b"out of memory", 13, NULL, 0)
    cdef size_t n = (<size_t>size + 7) & ~(<size_t>7)
    cdef char *p = heap.bump
    if p != NULL and n <= <size_t>(heap.limit - p):
        heap.bump = p + n
        return p
    return heap_alloc_slow(heap, n)


cdef public void *mesh_rt_alloc(const mesh_type_desc *desc,
                                int64_t size) noexcept nogil:
    if size < <int64_t>sizeof(mesh_obj_header):
        size = sizeof(mesh_obj_header)
    cdef mesh_obj_header *obj = <mesh_obj_header *>heap_alloc(current_heap(), size)
    obj.desc = desc
    obj.flags = 0
    return obj
