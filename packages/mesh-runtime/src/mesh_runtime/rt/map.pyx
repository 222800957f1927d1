# Map<K, V> (spec 11 s5) on the ordered-map machinery it shares with Set.
#
# An ordered map is { keys vector, n_slots, trie root, count }.  Appending
# a new key writes it at slot n_slots of the key vector (in place when this
# version owns the vector's end, as lists do) and puts an entry
# (key, value, slot) in the trie (rt/map_champ.pyx).  A re-put replaces the
# entry's value and keeps its slot (the key keeps its position); a delete
# removes the entry and leaves the slot behind as a tombstone (a slot is
# live only if the trie maps its key back to it).  When tombstones outnumber live entries
# the map is rebuilt compactly.  Iteration walks the slots in order.

from libc.stdint cimport int8_t, int64_t, uint64_t

cdef enum:
    COMPACT_SLACK = 16      # tombstones tolerated before compacting


cdef mesh_map *omap_new(const mesh_type_desc *desc) noexcept nogil:
    return <mesh_map *>mesh_rt_alloc(desc, sizeof(mesh_map))


cdef mesh_map *omap_copy(const mesh_map *m) noexcept nogil:
    cdef mesh_map *out = omap_new(m.hdr.desc)
    out.keys = m.keys
    out.tip = m.tip
    out.n_slots = m.n_slots
    out.root = m.root
    out.count = m.count
    out.family = m.family
    return out


cdef mesh_word *omap_find(const mesh_map *m, const mesh_type_desc *kd,
                          mesh_word key) noexcept nogil:
    cdef mesh_word *e
    if m.count == 0:
        return NULL
    e = champ_find(m.root, hash_word(kd, key), key, kd)
    if e == NULL or not entry_visible(m, e):
        return NULL
    return e


cdef inline void ctx_init(champ_ctx *c, const mesh_map *m, const mesh_type_desc *kd,
                          const mesh_type_desc *vd, mesh_word key) noexcept nogil:
    c.m = m
    c.hash = hash_word(kd, key)
    c.key = key
    c.value = 0
    c.slot = 0
    c.kd = kd
    c.vd = vd
    c.found = False
    c.old_value = 0
    c.old_slot = 0


cdef mesh_map *omap_put(const mesh_map *m, const mesh_type_desc *kd,
                        const mesh_type_desc *vd, mesh_word key,
                        mesh_word value) noexcept nogil:
    cdef champ_ctx c
    cdef mesh_map *out
    cdef mesh_word *e
    cdef void *root
    cdef mesh_vec_tip *old_tip = m.tip
    cdef int64_t off = 0
    cdef bint owner = m.tip != NULL and m.n_slots == m.tip.used
    ctx_init(&c, m, kd, vd, key)
    c.value = value
    c.slot = m.n_slots
    e = champ_find(m.root, c.hash, key, kd) if m.root != NULL else NULL
    if e != NULL and entry_visible(m, e) and e[1] == value:
        return <mesh_map *>m              # the same entry is there already
    if e == NULL and owner:
        # A new key, and m owns its key vector's end: no other version can
        # see the new slot, so the trie changes in place (map_champ.pyx).
        root = champ_insert_in_place(m.root, &c)
    else:
        root = champ_insert(m.root, 0, &c)
    out = omap_copy(m)
    out.root = root
    if not c.found:
        if out.family == NULL:
            out.family = mesh_rt_alloc(&mesh_map_family_desc, sizeof(mesh_map_family))
        elif not owner:
            # The key vector is copied while trie nodes stay shared.
            (<mesh_map_family *>out.family).forked = 1
        vec_append(&out.keys, &out.tip, &off, m.n_slots, key, desc_is_pointer(kd))
        if owner and out.tip != old_tip:
            old_tip.used = -1               # outgrown: closed to every version
        out.n_slots = m.n_slots + 1
        out.count = m.count + 1
    return out


cdef int64_t omap_next(const mesh_map *m, const mesh_type_desc *kd,
                       int64_t cursor, mesh_word **entry) noexcept nogil:
    # The first live slot at or after cursor: stores its entry, returns the
    # cursor after it; -1 at the end.
    cdef mesh_word *found
    cdef mesh_word key
    while cursor < m.n_slots:
        key = m.keys.elems[cursor]
        found = champ_find(m.root, hash_word(kd, key), key, kd)
        if found != NULL and <int64_t>found[2] == cursor and found[0] == key:
            entry[0] = found
            return cursor + 1
        cursor += 1
    return -1


cdef mesh_map *omap_rebuilt(const mesh_map *m, const mesh_type_desc *kd,
                            const mesh_type_desc *vd) noexcept nogil:
    # The same entries in a fresh map without tombstones.
    cdef mesh_map *out = omap_new(m.hdr.desc)
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(m, kd, 0, &e)
    while cursor >= 0:
        out = omap_put(out, kd, vd, e[0], e[1])
        cursor = omap_next(m, kd, cursor, &e)
    return out


cdef mesh_map *omap_delete(const mesh_map *m, const mesh_type_desc *kd,
                           const mesh_type_desc *vd, mesh_word key) noexcept nogil:
    cdef champ_ctx c
    cdef void *root
    cdef mesh_map *out
    if m.count == 0:
        return <mesh_map *>m
    ctx_init(&c, m, kd, vd, key)
    root = champ_remove(m.root, 0, &c)
    if not c.found:
        return <mesh_map *>m
    if m.count == 1:
        return omap_new(m.hdr.desc)
    out = omap_copy(m)
    out.root = root
    out.count = m.count - 1
    if out.n_slots > 2 * out.count + COMPACT_SLACK:
        return omap_rebuilt(out, kd, vd)
    return out


# ---- Map entry points ----------------------------------------------------

cdef inline const mesh_type_desc *key_desc(const mesh_map *m) noexcept nogil:
    return param_of(m.hdr.desc, 0)


cdef inline const mesh_type_desc *value_desc(const mesh_map *m) noexcept nogil:
    return param_of(m.hdr.desc, 1)


cdef public mesh_map *mesh_rt_map_new(const mesh_type_desc *map_desc) noexcept nogil:
    return omap_new(map_desc)


cdef public mesh_map *mesh_rt_map_put(const mesh_map *m, mesh_word key,
                                      mesh_word value) noexcept nogil:
    return omap_put(m, key_desc(m), value_desc(m), key, value)


cdef public int8_t mesh_rt_map_get(const mesh_map *m, mesh_word key,
                                   mesh_word *out) noexcept nogil:
    cdef mesh_word *e = omap_find(m, key_desc(m), key)
    if e == NULL:
        return 0
    out[0] = e[1]
    return 1


cdef public int8_t mesh_rt_map_has_key(const mesh_map *m, mesh_word key) noexcept nogil:
    return omap_find(m, key_desc(m), key) != NULL


cdef public mesh_map *mesh_rt_map_delete(const mesh_map *m, mesh_word key) noexcept nogil:
    return omap_delete(m, key_desc(m), value_desc(m), key)


cdef public int64_t mesh_rt_map_size(const mesh_map *m) noexcept nogil:
    return m.count


cdef public int64_t mesh_rt_map_next(const mesh_map *m, int64_t cursor,
                                     mesh_word *key, mesh_word *value) noexcept nogil:
    cdef mesh_word *e
    cursor = omap_next(m, key_desc(m), cursor, &e)
    if cursor >= 0:
        key[0] = e[0]
        value[0] = e[1]
    return cursor


cdef mesh_list *map_column(const mesh_map *m, const mesh_type_desc *list_desc,
                           int which) noexcept nogil:
    # which: 0 keys, 1 values, 2 (key, value) tuples.
    cdef mesh_list *xs = list_with_capacity(list_desc, m.count)
    cdef const mesh_type_desc *kd = key_desc(m)
    cdef const mesh_type_desc *td = param_of(list_desc, 0)
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(m, kd, 0, &e)
    while cursor >= 0:
        if which == 0:
            list_push(xs, e[0])
        elif which == 1:
            list_push(xs, e[1])
        else:
            list_push(xs, <mesh_word>pair_new(td, e[0], e[1]))
        cursor = omap_next(m, kd, cursor, &e)
    return xs


cdef public mesh_list *mesh_rt_map_keys(const mesh_map *m,
                                        const mesh_type_desc *list_desc) noexcept nogil:
    return map_column(m, list_desc, 0)


cdef public mesh_list *mesh_rt_map_values(const mesh_map *m,
                                          const mesh_type_desc *list_desc) noexcept nogil:
    return map_column(m, list_desc, 1)


cdef public mesh_list *mesh_rt_map_to_list(const mesh_map *m,
                                           const mesh_type_desc *list_desc) noexcept nogil:
    return map_column(m, list_desc, 2)


cdef public mesh_map *mesh_rt_map_merge(const mesh_map *a,
                                        const mesh_map *b) noexcept nogil:
    cdef const mesh_type_desc *kd = key_desc(a)
    cdef const mesh_type_desc *vd = value_desc(a)
    cdef mesh_map *out = <mesh_map *>a
    cdef mesh_word *e
    cdef int64_t cursor
    if a.count == 0:
        return <mesh_map *>b
    cursor = omap_next(b, kd, 0, &e)
    while cursor >= 0:
        out = omap_put(out, kd, vd, e[0], e[1])
        cursor = omap_next(b, kd, cursor, &e)
    return out


cdef public mesh_map *mesh_rt_map_from_list(const mesh_list *pairs,
                                            const mesh_type_desc *map_desc) noexcept nogil:
    cdef mesh_map *out = omap_new(map_desc)
    cdef const mesh_type_desc *kd = param_of(map_desc, 0)
    cdef const mesh_type_desc *vd = param_of(map_desc, 1)
    cdef const mesh_pair *p
    cdef int64_t i
    for i in range(pairs.len):
        p = <const mesh_pair *>pairs.store.elems[pairs.off + i]
        out = omap_put(out, kd, vd, p.first, p.second)
    return out


# ---- Map value operations ------------------------------------------------

cdef public int8_t mesh_rt_map_eq(mesh_word a, mesh_word b) noexcept nogil:
    # Spec 05 s7: same keys, equal values; order ignored.
    cdef const mesh_map *x = <const mesh_map *>a
    cdef const mesh_map *y = <const mesh_map *>b
    cdef const mesh_type_desc *kd = key_desc(x)
    cdef const mesh_type_desc *vd = value_desc(x)
    cdef mesh_word *e
    cdef mesh_word *other
    cdef int64_t cursor
    if x.count != y.count:
        return 0
    cursor = omap_next(x, kd, 0, &e)
    while cursor >= 0:
        other = omap_find(y, kd, e[0])
        if other == NULL or not eq_word(vd, e[1], other[1]):
            return 0
        cursor = omap_next(x, kd, cursor, &e)
    return 1


cdef public uint64_t mesh_rt_map_hash(mesh_word a) noexcept nogil:
    # Order-independent: a sum of per-entry hashes.
    cdef const mesh_map *x = <const mesh_map *>a
    cdef const mesh_type_desc *vd = value_desc(x)
    cdef uint64_t h = <uint64_t>x.count
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(x, key_desc(x), 0, &e)
    while cursor >= 0:
        h += hash_mix(hash_word(key_desc(x), e[0]) * 31 + hash_word(vd, e[1]))
        cursor = omap_next(x, key_desc(x), cursor, &e)
    return hash_mix(h)


cdef mesh_string *map_show(const mesh_map *x, bint debug) noexcept nogil:
    cdef const mesh_type_desc *kd = key_desc(x)
    cdef const mesh_type_desc *vd = value_desc(x)
    cdef mesh_word *e
    cdef int64_t cursor = omap_next(x, kd, 0, &e)
    cdef bint first = True
    cdef strbuf sb
    sb_init(&sb)
    sb_put(&sb, b"%{", 2)
    while cursor >= 0:
        if not first:
            sb_put(&sb, b", ", 2)
        first = False
        show_word(&sb, kd, e[0], debug)
        sb_put(&sb, b" => ", 4)
        show_word(&sb, vd, e[1], debug)
        cursor = omap_next(x, kd, cursor, &e)
    sb_put(&sb, b"}", 1)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_map_display(mesh_word a) noexcept nogil:
    return map_show(<const mesh_map *>a, False)


cdef public mesh_string *mesh_rt_map_debug(mesh_word a) noexcept nogil:
    return map_show(<const mesh_map *>a, True)
