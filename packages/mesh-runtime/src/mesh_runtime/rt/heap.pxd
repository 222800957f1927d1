# Heaps: bump allocation from a list of mmap'd chunks.  A heap is a value a
# process will own; for now the runtime has one, the main heap.

from libc.stdint cimport int64_t

cdef struct mesh_chunk:
    mesh_chunk *next      # chunks of one heap, newest first
    size_t map_size       # bytes of the mapping, this struct included

cdef struct mesh_heap:
    char *bump            # next free byte of the newest chunk
    char *limit           # end of the newest chunk
    mesh_chunk *chunks
    size_t next_chunk     # size of the next ordinary chunk (grows x2)
    int64_t mapped        # bytes of all chunks, for the future GC policy

cdef void heap_init(mesh_heap *heap, size_t first_chunk) noexcept nogil
cdef void heap_release(mesh_heap *heap) noexcept nogil
cdef void *heap_alloc(mesh_heap *heap, int64_t size) noexcept nogil
cdef mesh_heap *current_heap() noexcept nogil
cdef void heaps_init() noexcept nogil
