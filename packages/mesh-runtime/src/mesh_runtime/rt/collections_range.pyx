# Range (spec 11 s7): the half-open Int interval [start, end); empty when
# end <= start.  Display "a..b" (spec 05 s8.1); equal iff same bounds.

from libc.stdint cimport int8_t, int64_t, uint64_t, INT64_MAX


cdef public mesh_range *mesh_rt_range_new(int64_t start, int64_t end) noexcept nogil:
    cdef mesh_range *r = <mesh_range *>mesh_rt_alloc(&mesh_rt_range_desc,
                                                     sizeof(mesh_range))
    r.start = start
    r.end = end
    return r


cdef public int64_t mesh_rt_range_length(const mesh_range *r) noexcept nogil:
    # end - start may exceed Int's range: computed unsigned, saturated.
    cdef uint64_t n
    if r.end <= r.start:
        return 0
    n = <uint64_t>r.end - <uint64_t>r.start
    return <int64_t>n if n <= <uint64_t>INT64_MAX else INT64_MAX


cdef public mesh_list *mesh_rt_range_to_list(const mesh_range *r,
                                             const mesh_type_desc *list_desc) noexcept nogil:
    cdef int64_t n = mesh_rt_range_length(r)
    cdef mesh_list *xs = list_with_capacity(list_desc, n)
    cdef int64_t i
    for i in range(n):
        xs.store.elems[i] = <mesh_word>(r.start + i)
    if n > 0:
        xs.tip.used = n
    xs.len = n
    return xs


cdef public mesh_list *mesh_rt_range_map(const mesh_range *r, mesh_closure *f,
                                         const mesh_type_desc *list_desc) noexcept nogil:
    cdef int64_t n = mesh_rt_range_length(r)
    cdef mesh_list *xs = list_with_capacity(list_desc, n)
    cdef int64_t i
    for i in range(n):
        list_push(xs, (<mesh_closure_fn1>f.code)(f, <mesh_word>(r.start + i)))
    return xs


cdef public mesh_list *mesh_rt_range_filter(const mesh_range *r, mesh_closure *p,
                                            const mesh_type_desc *list_desc) noexcept nogil:
    cdef int64_t n = mesh_rt_range_length(r)
    cdef mesh_list *xs = list_with_capacity(list_desc, 0)
    cdef int64_t i
    for i in range(n):
        if (<mesh_closure_fn1>p.code)(p, <mesh_word>(r.start + i)) & 1:
            list_push(xs, <mesh_word>(r.start + i))
    return xs


cdef public int8_t mesh_rt_range_eq(mesh_word a, mesh_word b) noexcept nogil:
    cdef const mesh_range *x = <const mesh_range *>a
    cdef const mesh_range *y = <const mesh_range *>b
    return x.start == y.start and x.end == y.end


cdef public int64_t mesh_rt_range_cmp(mesh_word a, mesh_word b) noexcept nogil:
    cdef const mesh_range *x = <const mesh_range *>a
    cdef const mesh_range *y = <const mesh_range *>b
    if x.start != y.start:
        return -1 if x.start < y.start else 1
    return (x.end > y.end) - (x.end < y.end)


cdef public uint64_t mesh_rt_range_hash(mesh_word a) noexcept nogil:
    cdef const mesh_range *x = <const mesh_range *>a
    return hash_mix(hash_mix(<uint64_t>x.start) * 31 + <uint64_t>x.end)


cdef public mesh_string *mesh_rt_range_display(mesh_word a) noexcept nogil:
    cdef const mesh_range *x = <const mesh_range *>a
    cdef char text[2 * INT_TEXT_MAX + 2]
    cdef size_t n = format_int(x.start, text)
    text[n] = b'.'
    text[n + 1] = b'.'
    n += 2
    n += format_int(x.end, text + n)
    return mesh_rt_string_new(text, <int64_t>n)
