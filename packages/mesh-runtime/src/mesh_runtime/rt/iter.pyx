# Iter<T> (spec 11 s8): lazy, single-pass iterators.  ABI: mesh_rt.h,
# "Iter"; object layout: rt/iter_layout.h.
#
# An iterator is a chain of mesh_iter objects: a source (list, map, set,
# range, or a user Iterator's `next`) at the bottom and adapters (map,
# filter, take, skip, enumerate, zip) above it.  Pulling an item from the
# top pulls from below one item at a time, so a closure runs only for items
# actually pulled (element-at-a-time, pipeline order).  Building an adapter
# does no work.
#
# Single pass: iterators are mutable objects shared by every adapter built
# on them.  A terminal operation (count, sum, any, all, find, reduce, the
# collects) consumes its iterator and every iterator it pulls from: they
# are marked done and yield nothing afterwards, even after a short-circuit
# (spec 11 s8 "using it again yields no elements").  `next` (for loops,
# Iterator.next) pulls one item and consumes nothing else.

from libc.stdint cimport int8_t, int64_t, uint64_t
from libc.string cimport memcpy

cdef extern from "iter_layout.h" nogil:
    ctypedef struct mesh_iter:
        mesh_obj_header hdr
        int64_t kind
        int64_t done
        mesh_iter *src
        mesh_iter *src2
        void *obj
        mesh_closure *fn
        const mesh_type_desc *pair_desc
        int64_t pos
        int64_t end
        mesh_word state
    const mesh_type_desc mesh_rt_iter_desc

# What each kind keeps in the object's fields.
cdef enum:
    ITER_LIST = 1        # obj: the list; pos: next index; end: its length
    ITER_MAP = 2         # obj: the map; pos: its cursor; pairs (k, v)
    ITER_SET = 3         # obj: the set; pos: its cursor
    ITER_RANGE = 4       # pos: next Int; end: the range's end
    ITER_NEXT = 5        # fn: fn(state) -> Option<(T, S)>; state: S
    ITER_MAPPED = 6      # src; fn: fn(T) -> U
    ITER_FILTER = 7      # src; fn: fn(T) -> Bool
    ITER_TAKE = 8        # src; pos: how many may still be yielded
    ITER_SKIP = 9        # src; pos: how many to discard on the first pull
    ITER_ENUMERATE = 10  # src; pos: next index; pairs (index, item)
    ITER_ZIP = 11        # src, src2; pairs (a, b)

# Field offsets in the codegen layout of an Option<(T, S)> returned by a
# user `next`: the variant record { header, tag, payload } with None = 0,
# Some = 1, and the payload a 2-tuple { header, w0, w1 }.
cdef enum:
    OPTION_NONE_TAG = 0


cdef mesh_iter *iter_alloc(int64_t kind) noexcept nogil:
    cdef mesh_iter *it = <mesh_iter *>mesh_rt_alloc(&mesh_rt_iter_desc,
                                                    sizeof(mesh_iter))
    it.kind = kind
    return it


cdef mesh_iter *iter_adapter(int64_t kind, mesh_iter *src) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(kind)
    it.src = src
    return it


cdef inline bint call_pred(mesh_closure *p, mesh_word x) noexcept nogil:
    # A Bool result is 0/1 in bit 0 of the word.
    return ((<mesh_closure_fn1>p.code)(p, x) & 1) != 0


cdef bint iter_pull(mesh_iter *it, mesh_word *out) noexcept nogil:
    # Stores the next item and returns 1, or returns 0 (and stays done).
    cdef mesh_word x, y, k, v, opt
    cdef mesh_list *xs
    cdef int64_t cursor
    cdef mesh_pair *some
    if it.done:
        return False
    if it.kind == ITER_LIST:
        if it.pos < it.end:
            xs = <mesh_list *>it.obj
            out[0] = xs.store.elems[xs.off + it.pos]
            it.pos += 1
            return True
    elif it.kind == ITER_RANGE:
        if it.pos < it.end:
            out[0] = <mesh_word>it.pos
            it.pos += 1
            return True
    elif it.kind == ITER_MAP:
        cursor = mesh_rt_map_next(<mesh_map *>it.obj, it.pos, &k, &v)
        if cursor >= 0:
            it.pos = cursor
            out[0] = <mesh_word>pair_new(it.pair_desc, k, v)
            return True
    elif it.kind == ITER_SET:
        cursor = mesh_rt_set_next(<mesh_map *>it.obj, it.pos, &k)
        if cursor >= 0:
            it.pos = cursor
            out[0] = k
            return True
    elif it.kind == ITER_NEXT:
        opt = (<mesh_closure_fn1>it.fn.code)(it.fn, it.state)
        if (<int64_t *>(opt + 16))[0] != OPTION_NONE_TAG:
            some = (<mesh_pair **>(opt + 24))[0]
            it.state = some.second
            out[0] = some.first
            return True
    elif it.kind == ITER_MAPPED:
        if iter_pull(it.src, &x):
            out[0] = (<mesh_closure_fn1>it.fn.code)(it.fn, x)
            return True
    elif it.kind == ITER_FILTER:
        while iter_pull(it.src, &x):
            if call_pred(it.fn, x):
                out[0] = x
                return True
    elif it.kind == ITER_TAKE:
        # Stops pulling from the source once n items were yielded.
        if it.pos > 0 and iter_pull(it.src, &x):
            it.pos -= 1
            out[0] = x
            return True
    elif it.kind == ITER_SKIP:
        while it.pos > 0:
            if not iter_pull(it.src, &x):
                it.done = 1
                return False
            it.pos -= 1
        if iter_pull(it.src, &x):
            out[0] = x
            return True
    elif it.kind == ITER_ENUMERATE:
        if iter_pull(it.src, &x):
            out[0] = <mesh_word>pair_new(it.pair_desc, <mesh_word>it.pos, x)
            it.pos += 1
            return True
    elif it.kind == ITER_ZIP:
        # The first source is pulled first; when the second has ended, the
        # first's item is dropped (as every zip does).
        if iter_pull(it.src, &x) and iter_pull(it.src2, &y):
            out[0] = <mesh_word>pair_new(it.pair_desc, x, y)
            return True
    it.done = 1
    return False


cdef void iter_consume(mesh_iter *it) noexcept nogil:
    # Marks the chain below a terminal operation as used up.
    while it != NULL:
        it.done = 1
        if it.src2 != NULL:
            iter_consume(it.src2)
        it = it.src


# ---- sources ----------------------------------------------------------------

cdef public mesh_iter *mesh_rt_iter_from_list(const mesh_list *xs) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(ITER_LIST)
    it.obj = <void *>xs
    it.end = xs.len
    return it


cdef public mesh_iter *mesh_rt_iter_from_map(const mesh_map *m,
                                             const mesh_type_desc *pair_desc) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(ITER_MAP)
    it.obj = <void *>m
    it.pair_desc = pair_desc
    return it


cdef public mesh_iter *mesh_rt_iter_from_set(const mesh_map *s) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(ITER_SET)
    it.obj = <void *>s
    return it


cdef public mesh_iter *mesh_rt_iter_from_range(const mesh_range *r) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(ITER_RANGE)
    it.pos = r.start
    it.end = r.end
    return it


cdef public mesh_iter *mesh_rt_iter_from_next(mesh_word state,
                                              mesh_closure *next_fn) noexcept nogil:
    cdef mesh_iter *it = iter_alloc(ITER_NEXT)
    it.state = state
    it.fn = next_fn
    return it


# ---- adapters -----------------------------------------------------------------

cdef public mesh_iter *mesh_rt_iter_map(mesh_iter *src, mesh_closure *f) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_MAPPED, src)
    it.fn = f
    return it


cdef public mesh_iter *mesh_rt_iter_filter(mesh_iter *src, mesh_closure *p) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_FILTER, src)
    it.fn = p
    return it


cdef public mesh_iter *mesh_rt_iter_take(mesh_iter *src, int64_t n) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_TAKE, src)
    it.pos = n if n > 0 else 0
    return it


cdef public mesh_iter *mesh_rt_iter_skip(mesh_iter *src, int64_t n) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_SKIP, src)
    it.pos = n if n > 0 else 0
    return it


cdef public mesh_iter *mesh_rt_iter_enumerate(mesh_iter *src,
                                              const mesh_type_desc *pair_desc) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_ENUMERATE, src)
    it.pair_desc = pair_desc
    return it


cdef public mesh_iter *mesh_rt_iter_zip(mesh_iter *a, mesh_iter *b,
                                        const mesh_type_desc *pair_desc) noexcept nogil:
    cdef mesh_iter *it = iter_adapter(ITER_ZIP, a)
    it.src2 = b
    it.pair_desc = pair_desc
    return it


# ---- pulling one item -----------------------------------------------------------

cdef public int8_t mesh_rt_iter_next(mesh_iter *it, mesh_word *out) noexcept nogil:
    return iter_pull(it, out)


# ---- terminal operations ----------------------------------------------------------

cdef public int64_t mesh_rt_iter_count(mesh_iter *it) noexcept nogil:
    cdef mesh_word x
    cdef int64_t n = 0
    while iter_pull(it, &x):
        n += 1
    iter_consume(it)
    return n


cdef public int64_t mesh_rt_iter_sum_int(mesh_iter *it) noexcept nogil:
    # Int arithmetic wraps (spec 05): add as unsigned.
    cdef mesh_word x
    cdef uint64_t total = 0
    while iter_pull(it, &x):
        total += x
    iter_consume(it)
    return <int64_t>total


cdef public double mesh_rt_iter_sum_float(mesh_iter *it) noexcept nogil:
    cdef mesh_word x
    cdef double total = 0.0, f
    while iter_pull(it, &x):
        memcpy(&f, &x, 8)
        total += f
    iter_consume(it)
    return total


cdef public int8_t mesh_rt_iter_any(mesh_iter *it, mesh_closure *p) noexcept nogil:
    cdef mesh_word x
    cdef int8_t found = 0
    while iter_pull(it, &x):
        if call_pred(p, x):
            found = 1
            break
    iter_consume(it)
    return found


cdef public int8_t mesh_rt_iter_all(mesh_iter *it, mesh_closure *p) noexcept nogil:
    cdef mesh_word x
    cdef int8_t ok = 1
    while iter_pull(it, &x):
        if not call_pred(p, x):
            ok = 0
            break
    iter_consume(it)
    return ok


cdef public int8_t mesh_rt_iter_find(mesh_iter *it, mesh_closure *p,
                                     mesh_word *out) noexcept nogil:
    cdef mesh_word x
    cdef int8_t found = 0
    while iter_pull(it, &x):
        if call_pred(p, x):
            out[0] = x
            found = 1
            break
    iter_consume(it)
    return found


cdef public mesh_word mesh_rt_iter_reduce(mesh_iter *it, mesh_word init,
                                          mesh_closure *f) noexcept nogil:
    cdef mesh_word x
    cdef mesh_word acc = init
    while iter_pull(it, &x):
        acc = (<mesh_closure_fn2>f.code)(f, acc, x)
    iter_consume(it)
    return acc


cdef public mesh_list *mesh_rt_iter_collect_list(mesh_iter *it,
                                                 const mesh_type_desc *list_desc) noexcept nogil:
    cdef mesh_word x
    cdef mesh_list *xs = list_with_capacity(list_desc, 0)
    while iter_pull(it, &x):
        list_push(xs, x)
    iter_consume(it)
    return xs


cdef public mesh_map *mesh_rt_iter_collect_map(mesh_iter *it,
                                               const mesh_type_desc *map_desc) noexcept nogil:
    # Items are (K, V) tuples; a later duplicate key replaces the value and
    # keeps the first position (Map.put).
    cdef mesh_word x
    cdef mesh_pair *kv
    cdef mesh_map *m = mesh_rt_map_new(map_desc)
    while iter_pull(it, &x):
        kv = <mesh_pair *>x
        m = mesh_rt_map_put(m, kv.first, kv.second)
    iter_consume(it)
    return m


cdef public mesh_map *mesh_rt_iter_collect_set(mesh_iter *it,
                                               const mesh_type_desc *set_desc) noexcept nogil:
    cdef mesh_word x
    cdef mesh_map *s = mesh_rt_set_new(set_desc)
    while iter_pull(it, &x):
        s = mesh_rt_set_add(s, x)
    iter_consume(it)
    return s


cdef public mesh_string *mesh_rt_iter_collect_string(mesh_iter *it) noexcept nogil:
    # The text is gathered in a malloc'd buffer, which holds bytes only, so
    # the items themselves may be collected as soon as they are copied.
    cdef mesh_word x
    cdef strbuf sb
    sb_init(&sb)
    while iter_pull(it, &x):
        sb_put_str(&sb, <mesh_string *>x)
    iter_consume(it)
    return sb_finish(&sb)
