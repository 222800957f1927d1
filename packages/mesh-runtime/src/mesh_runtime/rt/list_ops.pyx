# List<T> value operations, the slots of every List<T> descriptor: equality,
# lexicographic order, hash, Display "[1, 2]" and Debug '["a"]' (spec 05
# s7, s8).  Elements are handled through the descriptor in params[0].

from libc.stdint cimport int8_t, int64_t, uint64_t


cdef public int8_t mesh_rt_list_eq(mesh_word a, mesh_word b) noexcept nogil:
    cdef const mesh_list *x = <const mesh_list *>a
    cdef const mesh_list *y = <const mesh_list *>b
    cdef const mesh_type_desc *d = param_of(x.hdr.desc, 0)
    cdef int64_t i
    if x.len != y.len:
        return 0
    for i in range(x.len):
        if not eq_word(d, x.store.elems[x.off + i], y.store.elems[y.off + i]):
            return 0
    return 1


cdef public int64_t mesh_rt_list_cmp(mesh_word a, mesh_word b) noexcept nogil:
    cdef const mesh_list *x = <const mesh_list *>a
    cdef const mesh_list *y = <const mesh_list *>b
    cdef const mesh_type_desc *d = param_of(x.hdr.desc, 0)
    cdef int64_t i, c, n = x.len if x.len < y.len else y.len
    cdef mesh_word u, v
    for i in range(n):
        u = x.store.elems[x.off + i]
        v = y.store.elems[y.off + i]
        if d != NULL and d.cmp != NULL:
            c = d.cmp(u, v)
        else:
            c = (u > v) - (u < v)
        if c != 0:
            return c
    return (x.len > y.len) - (x.len < y.len)


cdef public uint64_t mesh_rt_list_hash(mesh_word a) noexcept nogil:
    cdef const mesh_list *x = <const mesh_list *>a
    cdef const mesh_type_desc *d = param_of(x.hdr.desc, 0)
    cdef uint64_t h = <uint64_t>0x9E3779B97F4A7C15 ^ <uint64_t>x.len
    cdef int64_t i
    for i in range(x.len):
        h = hash_mix(h * 31 + hash_word(d, x.store.elems[x.off + i]))
    return h


cdef void show_elements(strbuf *sb, const mesh_list *x, bint debug) noexcept nogil:
    cdef const mesh_type_desc *d = param_of(x.hdr.desc, 0)
    cdef int64_t i
    sb_put(sb, b"[", 1)
    for i in range(x.len):
        if i > 0:
            sb_put(sb, b", ", 2)
        show_word(sb, d, x.store.elems[x.off + i], debug)
    sb_put(sb, b"]", 1)


cdef public mesh_string *mesh_rt_list_display(mesh_word a) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    show_elements(&sb, <const mesh_list *>a, False)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_list_debug(mesh_word a) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    show_elements(&sb, <const mesh_list *>a, True)
    return sb_finish(&sb)
