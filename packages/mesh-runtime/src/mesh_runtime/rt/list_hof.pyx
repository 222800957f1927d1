# List<T> functions that call closures (spec 11 s4), through the uniform
# closure ABI of mesh_rt.h: code(closure, word...) -> word.  Results are
# built in heap stores referenced from this frame, so a collection that a
# closure triggers sees them (the stack is scanned conservatively).

from libc.stdint cimport int8_t, int64_t


cdef inline mesh_word call1(mesh_closure *f, mesh_word a) noexcept nogil:
    return (<mesh_closure_fn1>f.code)(f, a)


cdef inline mesh_word call2(mesh_closure *f, mesh_word a, mesh_word b) noexcept nogil:
    return (<mesh_closure_fn2>f.code)(f, a, b)


cdef public mesh_list *mesh_rt_list_map(const mesh_list *xs, mesh_closure *f,
                                        const mesh_type_desc *result_desc) noexcept nogil:
    cdef mesh_list *ys = list_with_capacity(result_desc, xs.len)
    cdef int64_t i
    for i in range(xs.len):
        list_push(ys, call1(f, xs.store.elems[xs.off + i]))
    return ys


cdef public mesh_list *mesh_rt_list_filter(const mesh_list *xs,
                                           mesh_closure *p) noexcept nogil:
    cdef mesh_list *ys = list_with_capacity(xs.hdr.desc, xs.len)
    cdef mesh_word x
    cdef int64_t i
    for i in range(xs.len):
        x = xs.store.elems[xs.off + i]
        if call1(p, x) & 1:
            list_push(ys, x)
    if ys.len == xs.len:
        return <mesh_list *>xs
    return ys


cdef public mesh_word mesh_rt_list_reduce(const mesh_list *xs, mesh_word init,
                                          mesh_closure *f) noexcept nogil:
    cdef mesh_word acc = init
    cdef int64_t i
    for i in range(xs.len):
        acc = call2(f, acc, xs.store.elems[xs.off + i])
    return acc


cdef public int8_t mesh_rt_list_find(const mesh_list *xs, mesh_closure *p,
                                     mesh_word *out) noexcept nogil:
    cdef mesh_word x
    cdef int64_t i
    for i in range(xs.len):
        x = xs.store.elems[xs.off + i]
        if call1(p, x) & 1:
            out[0] = x
            return 1
    return 0


cdef public int8_t mesh_rt_list_any(const mesh_list *xs, mesh_closure *p) noexcept nogil:
    cdef int64_t i
    for i in range(xs.len):
        if call1(p, xs.store.elems[xs.off + i]) & 1:
            return 1
    return 0


cdef public int8_t mesh_rt_list_all(const mesh_list *xs, mesh_closure *p) noexcept nogil:
    cdef int64_t i
    for i in range(xs.len):
        if not (call1(p, xs.store.elems[xs.off + i]) & 1):
            return 0
    return 1


cdef public mesh_list *mesh_rt_list_flat_map(const mesh_list *xs, mesh_closure *f,
                                             const mesh_type_desc *result_desc) noexcept nogil:
    cdef mesh_list *out = list_with_capacity(result_desc, xs.len)
    cdef const mesh_list *part
    cdef int64_t i, j
    for i in range(xs.len):
        part = <const mesh_list *>call1(f, xs.store.elems[xs.off + i])
        for j in range(part.len):
            list_push(out, part.store.elems[part.off + j])
    return out
