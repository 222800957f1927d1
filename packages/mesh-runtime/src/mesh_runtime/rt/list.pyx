# List<T> (spec 11 s4): construction, access, and the operations that
# rearrange elements without looking at them.  Layout: mesh_rt.h; design:
# README "Collections".
#
# A list is a view { store, tip, off, len } of a shared vector store.  Store
# slots below tip.used are written once and never change, so views can
# share them freely; a view whose end is tip.used may append by writing the
# next slot (no other view can see it yet).  tail/drop/take are O(1) views.

from libc.stdint cimport int8_t, int64_t
from libc.string cimport memcpy

cdef enum:
    STORE_MIN_CAP = 4


cdef bint desc_is_pointer(const mesh_type_desc *d) noexcept nogil:
    return d != NULL and ((d.flags & MESH_DESC_POINTER) != 0
                          or d.kind == MESH_KIND_STRING)


cdef mesh_vec_store *store_new(int64_t cap, bint ptrs) noexcept nogil:
    cdef mesh_vec_store *s = <mesh_vec_store *>mesh_rt_alloc(
        &mesh_vec_store_ptr_desc if ptrs else &mesh_vec_store_data_desc,
        <int64_t>sizeof(mesh_vec_store) + 8 * cap)
    s.cap = cap
    return s


cdef mesh_vec_tip *tip_new(int64_t used) noexcept nogil:
    cdef mesh_vec_tip *t = <mesh_vec_tip *>mesh_rt_alloc(&mesh_vec_tip_desc,
                                                         sizeof(mesh_vec_tip))
    t.used = used
    return t


cdef void vec_append(mesh_vec_store **store, mesh_vec_tip **tip, int64_t *off,
                     int64_t len, mesh_word x, bint ptrs) noexcept nogil:
    # Appends x to the view (store, tip, off, len), in place when the view
    # ends at the store's last written slot and there is room; otherwise
    # into a new store with room to grow (off becomes 0).
    cdef mesh_vec_store *s = store[0]
    cdef mesh_vec_store *grown
    cdef int64_t cap
    if s != NULL and off[0] + len == tip[0].used and tip[0].used < s.cap:
        s.elems[tip[0].used] = x
        tip[0].used += 1
        return
    cap = 2 * len + STORE_MIN_CAP
    grown = store_new(cap, ptrs)
    if len > 0:
        memcpy(grown.elems, s.elems + off[0], <size_t>(8 * len))
    grown.elems[len] = x
    store[0] = grown
    tip[0] = tip_new(len + 1)
    off[0] = 0


cdef mesh_list *list_alloc(const mesh_type_desc *desc) noexcept nogil:
    return <mesh_list *>mesh_rt_alloc(desc, sizeof(mesh_list))


cdef mesh_list *list_with_capacity(const mesh_type_desc *desc,
                                   int64_t cap) noexcept nogil:
    # An empty list that owns a fresh store; list_push fills it in place.
    cdef mesh_list *xs = list_alloc(desc)
    if cap > 0:
        xs.store = store_new(cap, desc_is_pointer(param_of(desc, 0)))
        xs.tip = tip_new(0)
    return xs


cdef void list_push(mesh_list *xs, mesh_word x) noexcept nogil:
    # Only for a list being built, not yet seen by Mesh code.
    vec_append(&xs.store, &xs.tip, &xs.off, xs.len, x,
               desc_is_pointer(param_of(xs.hdr.desc, 0)))
    xs.len += 1


cdef const mesh_word *list_elems(const mesh_list *xs) noexcept nogil:
    if xs.store == NULL:
        return NULL
    return xs.store.elems + xs.off


cdef mesh_list *list_view(const mesh_list *xs, int64_t start,
                          int64_t n) noexcept nogil:
    cdef mesh_list *v
    if start == 0 and n == xs.len:
        return <mesh_list *>xs
    v = list_alloc(xs.hdr.desc)
    if n > 0:
        v.store = xs.store
        v.tip = xs.tip
        v.off = xs.off + start
        v.len = n
    return v


cdef mesh_list *list_copy_of(const mesh_type_desc *desc, const mesh_word *e,
                             int64_t n) noexcept nogil:
    cdef mesh_list *xs = list_with_capacity(desc, n)
    if n > 0:
        memcpy(xs.store.elems, e, <size_t>(8 * n))
        xs.tip.used = n
        xs.len = n
    return xs


cdef void list_index_panic(int64_t i, int64_t n) noexcept nogil:
    cdef strbuf sb
    cdef char num[INT_TEXT_MAX]
    sb_init(&sb)
    sb_put_cstr(&sb, b"List.get: index ")
    sb_put(&sb, num, <int64_t>format_int(i, num))
    sb_put_cstr(&sb, b" out of bounds (len ")
    sb_put(&sb, num, <int64_t>format_int(n, num))
    sb_put_cstr(&sb, b")")
    panic_with(sb.data, <size_t>sb.len, NULL, 0)


# ---- entry points --------------------------------------------------------

cdef public mesh_list *mesh_rt_list_new(const mesh_type_desc *list_desc) noexcept nogil:
    return list_alloc(list_desc)


cdef public mesh_list *mesh_rt_list_from_array(const mesh_type_desc *list_desc,
                                               const mesh_word *elems,
                                               int64_t n) noexcept nogil:
    return list_copy_of(list_desc, elems, n)


cdef public int64_t mesh_rt_list_length(const mesh_list *xs) noexcept nogil:
    return xs.len


cdef public mesh_list *mesh_rt_list_append(const mesh_list *xs,
                                           mesh_word x) noexcept nogil:
    cdef mesh_list *ys = list_alloc(xs.hdr.desc)
    ys.store = xs.store
    ys.tip = xs.tip
    ys.off = xs.off
    vec_append(&ys.store, &ys.tip, &ys.off, xs.len, x,
               desc_is_pointer(param_of(xs.hdr.desc, 0)))
    ys.len = xs.len + 1
    return ys


cdef public mesh_list *mesh_rt_list_prepend(mesh_word x,
                                            const mesh_list *xs) noexcept nogil:
    cdef mesh_list *ys = list_with_capacity(xs.hdr.desc, xs.len + 1)
    ys.store.elems[0] = x
    if xs.len > 0:
        memcpy(ys.store.elems + 1, list_elems(xs), <size_t>(8 * xs.len))
    ys.tip.used = xs.len + 1
    ys.len = xs.len + 1
    return ys


cdef public mesh_word mesh_rt_list_head(const mesh_list *xs) noexcept nogil:
    if xs.len == 0:
        panic_with(b"List.head: empty list", 21, NULL, 0)
    return xs.store.elems[xs.off]


cdef public mesh_list *mesh_rt_list_tail(const mesh_list *xs) noexcept nogil:
    if xs.len == 0:
        panic_with(b"List.tail: empty list", 21, NULL, 0)
    return list_view(xs, 1, xs.len - 1)


cdef public mesh_word mesh_rt_list_last(const mesh_list *xs) noexcept nogil:
    if xs.len == 0:
        panic_with(b"List.last: empty list", 21, NULL, 0)
    return xs.store.elems[xs.off + xs.len - 1]


cdef public mesh_word mesh_rt_list_get(const mesh_list *xs, int64_t i) noexcept nogil:
    if i < 0 or i >= xs.len:
        list_index_panic(i, xs.len)
    return xs.store.elems[xs.off + i]


cdef public mesh_list *mesh_rt_list_concat(const mesh_list *a,
                                           const mesh_list *b) noexcept nogil:
    cdef mesh_list *c
    cdef int64_t i
    if b.len == 0:
        return <mesh_list *>a
    if a.len == 0:
        return <mesh_list *>b
    # Appending b's elements one by one keeps a's in-place growth: a loop
    # of `acc = List.concat(acc, [x])` stays amortised O(1) per element.
    c = mesh_rt_list_append(a, b.store.elems[b.off])
    for i in range(1, b.len):
        list_push(c, b.store.elems[b.off + i])
    return c


cdef public mesh_list *mesh_rt_list_reverse(const mesh_list *xs) noexcept nogil:
    cdef mesh_list *ys = list_with_capacity(xs.hdr.desc, xs.len)
    cdef const mesh_word *e = list_elems(xs)
    cdef int64_t i
    for i in range(xs.len):
        ys.store.elems[i] = e[xs.len - 1 - i]
    if xs.len > 0:
        ys.tip.used = xs.len
    ys.len = xs.len
    return ys


cdef public mesh_list *mesh_rt_list_take(const mesh_list *xs, int64_t n) noexcept nogil:
    if n < 0:
        n = 0
    if n > xs.len:
        n = xs.len
    return list_view(xs, 0, n)


cdef public mesh_list *mesh_rt_list_drop(const mesh_list *xs, int64_t n) noexcept nogil:
    if n < 0:
        n = 0
    if n > xs.len:
        n = xs.len
    return list_view(xs, n, xs.len - n)


cdef public int8_t mesh_rt_list_contains(const mesh_list *xs,
                                         mesh_word x) noexcept nogil:
    cdef const mesh_type_desc *d = param_of(xs.hdr.desc, 0)
    cdef const mesh_word *e = list_elems(xs)
    cdef int64_t i
    for i in range(xs.len):
        if eq_word(d, e[i], x):
            return 1
    return 0


cdef public mesh_list *mesh_rt_list_zip(const mesh_list *a, const mesh_list *b,
                                        const mesh_type_desc *result_desc) noexcept nogil:
    cdef int64_t n = a.len if a.len < b.len else b.len
    cdef mesh_list *zs = list_with_capacity(result_desc, n)
    cdef const mesh_type_desc *td = param_of(result_desc, 0)
    cdef int64_t i
    for i in range(n):
        list_push(zs, <mesh_word>pair_new(td, a.store.elems[a.off + i],
                                          b.store.elems[b.off + i]))
    return zs


cdef public mesh_list *mesh_rt_list_enumerate(const mesh_list *xs,
                                              const mesh_type_desc *result_desc) noexcept nogil:
    cdef mesh_list *zs = list_with_capacity(result_desc, xs.len)
    cdef const mesh_type_desc *td = param_of(result_desc, 0)
    cdef int64_t i
    for i in range(xs.len):
        list_push(zs, <mesh_word>pair_new(td, <mesh_word>i,
                                          xs.store.elems[xs.off + i]))
    return zs


cdef public mesh_list *mesh_rt_list_flatten(const mesh_list *xss,
                                            const mesh_type_desc *result_desc) noexcept nogil:
    cdef int64_t i, j, total = 0
    cdef const mesh_list *inner
    cdef mesh_list *out
    for i in range(xss.len):
        total += (<const mesh_list *>xss.store.elems[xss.off + i]).len
    out = list_with_capacity(result_desc, total)
    for i in range(xss.len):
        inner = <const mesh_list *>xss.store.elems[xss.off + i]
        for j in range(inner.len):
            list_push(out, inner.store.elems[inner.off + j])
    return out
