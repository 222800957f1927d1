# Queue<T> (spec 11 s7): a persistent FIFO as a window [start, end) of a
# shared vector store.  push appends like List.append (in place when this
# version owns the store's end); pop moves start, O(1) with no copying.
# When a push must copy anyway, only the live window is copied, so popped
# slots are dropped then.  Both operations are amortised O(1).

from libc.stdint cimport int8_t, int64_t


cdef mesh_queue *queue_alloc(const mesh_type_desc *desc) noexcept nogil:
    return <mesh_queue *>mesh_rt_alloc(desc, sizeof(mesh_queue))


cdef public mesh_queue *mesh_rt_queue_new(const mesh_type_desc *queue_desc) noexcept nogil:
    return queue_alloc(queue_desc)


cdef public mesh_queue *mesh_rt_queue_push(const mesh_queue *q, mesh_word x) noexcept nogil:
    cdef mesh_queue *out = queue_alloc(q.hdr.desc)
    cdef int64_t n = q.end - q.start
    out.store = q.store
    out.tip = q.tip
    out.start = q.start
    vec_append(&out.store, &out.tip, &out.start, n, x,
               desc_is_pointer(param_of(q.hdr.desc, 0)))
    out.end = out.start + n + 1
    return out


cdef public void *mesh_rt_queue_pop(const mesh_queue *q,
                                    const mesh_type_desc *tuple_desc) noexcept nogil:
    cdef mesh_queue *rest
    if q.end == q.start:
        panic_with(b"Queue.pop: empty queue", 22, NULL, 0)
    rest = queue_alloc(q.hdr.desc)
    if q.end - q.start > 1:
        rest.store = q.store
        rest.tip = q.tip
        rest.start = q.start + 1
        rest.end = q.end
    return pair_new(tuple_desc, q.store.elems[q.start], <mesh_word>rest)


cdef public mesh_word mesh_rt_queue_peek(const mesh_queue *q) noexcept nogil:
    if q.end == q.start:
        panic_with(b"Queue.peek: empty queue", 23, NULL, 0)
    return q.store.elems[q.start]


cdef public int64_t mesh_rt_queue_size(const mesh_queue *q) noexcept nogil:
    return q.end - q.start


cdef public int8_t mesh_rt_queue_is_empty(const mesh_queue *q) noexcept nogil:
    return q.end == q.start
