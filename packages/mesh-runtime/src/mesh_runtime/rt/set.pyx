# Set<T> (spec 11 s6): the ordered map of rt/map.pyx with keys only (entry
# values stay 0).  Insertion-ordered; equality ignores order.

from libc.stdint cimport int8_t, int64_t, uint64_t


cdef inline const mesh_type_desc *elem_desc(const mesh_map *s) noexcept nogil:
    return param_of(s.hdr.desc, 0)


cdef public mesh_map *mesh_rt_set_new(const mesh_type_desc *set_desc) noexcept nogil:
    return omap_new(set_desc)


cdef public mesh_map *mesh_rt_set_add(const mesh_map *s, mesh_word x) noexcept nogil:
    # A present element keeps its position (omap_put returns s unchanged:
    # the stored value 0 equals the new one).
    return omap_put(s, elem_desc(s), NULL, x, 0)


cdef public mesh_map *mesh_rt_set_remove(const mesh_map *s, mesh_word x) noexcept nogil:
    return omap_delete(s, elem_desc(s), NULL, x)


cdef public int8_t mesh_rt_set_contains(const mesh_map *s, mesh_word x) noexcept nogil:
    return omap_find(s, elem_desc(s), x) != NULL


cdef public int64_t mesh_rt_set_size(const mesh_map *s) noexcept nogil:
    return s.count


cdef public int64_t mesh_rt_set_next(const mesh_map *s, int64_t cursor,
                                     mesh_word *x) noexcept nogil:
    cdef mesh_word *e
    cursor = omap_next(s, elem_desc(s), cursor, &e)
    if cursor >= 0:
        x[0] = e[0]
    return cursor


cdef public mesh_map *mesh_rt_set_union(const mesh_map *a,
                                        const mesh_map *b) noexcept nogil:
    cdef const mesh_type_desc *d = elem_desc(a)
    cdef mesh_map *out = <mesh_map *>a
    cdef mesh_word *e
    cdef int64_t cursor
    if a.count == 0:
        return <mesh_map *>b
    cursor = omap_next(b, d, 0, &e)
    while cursor >= 0:
        out = omap_put(out, d, NULL, e[0], 0)
        cursor = omap_next(b, d, cursor, &e)
    return out


cdef mesh_map *filtered(const mesh_map *a, const mesh_map *b,
                        bint keep_common) noexcept nogil:
    # a's elements (in a's order) that are / are not in b.
    cdef const mesh_type_desc *d = elem_desc(a)
    cdef mesh_map *out = omap_new(a.hdr.desc)
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(a, d, 0, &e)
    cdef bint in_b
    while cursor >= 0:
        in_b = omap_find(b, d, e[0]) != NULL
        if in_b == keep_common:
            out = omap_put(out, d, NULL, e[0], 0)
        cursor = omap_next(a, d, cursor, &e)
    if out.count == a.count:
        return <mesh_map *>a
    return out


cdef public mesh_map *mesh_rt_set_intersection(const mesh_map *a,
                                               const mesh_map *b) noexcept nogil:
    return filtered(a, b, True)


cdef public mesh_map *mesh_rt_set_difference(const mesh_map *a,
                                             const mesh_map *b) noexcept nogil:
    return filtered(a, b, False)


cdef public mesh_list *mesh_rt_set_to_list(const mesh_map *s,
                                           const mesh_type_desc *list_desc) noexcept nogil:
    return map_column(s, list_desc, 0)


cdef public mesh_map *mesh_rt_set_from_list(const mesh_list *xs,
                                            const mesh_type_desc *set_desc) noexcept nogil:
    cdef mesh_map *out = omap_new(set_desc)
    cdef const mesh_type_desc *d = param_of(set_desc, 0)
    cdef int64_t i
    for i in range(xs.len):
        out = omap_put(out, d, NULL, xs.store.elems[xs.off + i], 0)
    return out


cdef public int8_t mesh_rt_set_eq(mesh_word a, mesh_word b) noexcept nogil:
    cdef const mesh_map *x = <const mesh_map *>a
    cdef const mesh_map *y = <const mesh_map *>b
    cdef const mesh_type_desc *d = elem_desc(x)
    cdef mesh_word *e
    cdef int64_t cursor
    if x.count != y.count:
        return 0
    cursor = omap_next(x, d, 0, &e)
    while cursor >= 0:
        if omap_find(y, d, e[0]) == NULL:
            return 0
        cursor = omap_next(x, d, cursor, &e)
    return 1


cdef public uint64_t mesh_rt_set_hash(mesh_word a) noexcept nogil:
    cdef const mesh_map *x = <const mesh_map *>a
    cdef const mesh_type_desc *d = elem_desc(x)
    cdef uint64_t h = <uint64_t>x.count
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(x, d, 0, &e)
    while cursor >= 0:
        h += hash_mix(hash_word(d, e[0]))
        cursor = omap_next(x, d, cursor, &e)
    return hash_mix(h)


cdef mesh_string *set_show(const mesh_map *x, bint debug) noexcept nogil:
    cdef const mesh_type_desc *d = elem_desc(x)
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(x, d, 0, &e)
    cdef bint first = True
    cdef strbuf sb
    sb_init(&sb)
    sb_put(&sb, b"#{", 2)
    while cursor >= 0:
        if not first:
            sb_put(&sb, b", ", 2)
        first = False
        show_word(&sb, d, e[0], debug)
        cursor = omap_next(x, d, cursor, &e)
    sb_put(&sb, b"}", 1)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_set_display(mesh_word a) noexcept nogil:
    return set_show(<const mesh_map *>a, False)


cdef public mesh_string *mesh_rt_set_debug(mesh_word a) noexcept nogil:
    return set_show(<const mesh_map *>a, True)
