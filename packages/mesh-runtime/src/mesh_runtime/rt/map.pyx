# Map<K, V> (spec 11 s5) on the ordered-map machinery it shares with Set.
#
# An ordered map is { keys vector, n_slots, HAMT root, count }.  Appending
# a new key writes it at slot n_slots of the key vector (in place when this
# version owns the vector's end, as lists do) and puts a leaf
# { hash, slot, key, value } in the HAMT.  A re-put replaces the leaf and
# keeps the slot (the key keeps its position); a delete removes the leaf
# and leaves the slot behind as a tombstone (a slot is live only if the
# HAMT maps its key back to it).  When tombstones outnumber live entries
# the map is rebuilt compactly.  Iteration walks the slots in order.

from libc.stdint cimport int8_t, int64_t, uint64_t

cdef enum:
    COMPACT_SLACK = 16      # tombstones tolerated before compacting


cdef const mesh_type_desc *leaf_desc_for(const mesh_type_desc *kd,
                                         const mesh_type_desc *vd) noexcept nogil:
    return &mesh_hamt_leaf_descs[desc_is_pointer(kd) | (desc_is_pointer(vd) << 1)]


cdef mesh_map *omap_new(const mesh_type_desc *desc) noexcept nogil:
    return <mesh_map *>mesh_rt_alloc(desc, sizeof(mesh_map))


cdef mesh_map *omap_copy(const mesh_map *m) noexcept nogil:
    cdef mesh_map *out = omap_new(m.hdr.desc)
    out.keys = m.keys
    out.tip = m.tip
    out.n_slots = m.n_slots
    out.root = m.root
    out.count = m.count
    return out


cdef hamt_leaf *omap_find(const mesh_map *m, const mesh_type_desc *kd,
                          mesh_word key) noexcept nogil:
    if m.count == 0:
        return NULL
    return hamt_find(m.root, hash_word(kd, key), key, kd)


cdef mesh_map *omap_put(const mesh_map *m, const mesh_type_desc *kd,
                        const mesh_type_desc *vd, mesh_word key,
                        mesh_word value) noexcept nogil:
    # One walk down the trie: the new leaf goes in first, and learns its
    # slot afterwards (nothing else can see it yet).
    cdef hamt_leaf *old = NULL
    cdef hamt_leaf *leaf = <hamt_leaf *>mesh_rt_alloc(leaf_desc_for(kd, vd),
                                                      sizeof(hamt_leaf))
    cdef mesh_map *out
    cdef void *root
    cdef int64_t off = 0
    leaf.hash = hash_word(kd, key)
    leaf.key = key
    leaf.value = value
    root = hamt_insert(m.root, 0, leaf, kd, &old)
    if old != NULL:
        if old.value == value:
            return <mesh_map *>m      # same entry: the copy is garbage
        leaf.slot = old.slot
        leaf.key = old.key            # the key that was put first stays
        out = omap_copy(m)
    else:
        out = omap_copy(m)
        leaf.slot = m.n_slots
        vec_append(&out.keys, &out.tip, &off, m.n_slots, key, desc_is_pointer(kd))
        out.n_slots = m.n_slots + 1
        out.count = m.count + 1
    out.root = root
    return out


cdef int64_t omap_next(const mesh_map *m, const mesh_type_desc *kd,
                       int64_t cursor, hamt_leaf **leaf) noexcept nogil:
    # The first live slot at or after cursor: stores its leaf, returns the
    # cursor after it; -1 at the end.
    cdef hamt_leaf *found
    cdef mesh_word key
    while cursor < m.n_slots:
        key = m.keys.elems[cursor]
        found = hamt_find(m.root, hash_word(kd, key), key, kd)
        if found != NULL and found.slot == cursor:
            leaf[0] = found
            return cursor + 1
        cursor += 1
    return -1


cdef mesh_map *omap_rebuilt(const mesh_map *m, const mesh_type_desc *kd,
                            const mesh_type_desc *vd) noexcept nogil:
    # The same entries in a fresh map without tombstones.
    cdef mesh_map *out = omap_new(m.hdr.desc)
    cdef hamt_leaf *leaf
    cdef int64_t cursor = omap_next(m, kd, 0, &leaf)
    while cursor >= 0:
        out = omap_put(out, kd, vd, leaf.key, leaf.value)
        cursor = omap_next(m, kd, cursor, &leaf)
    return out


cdef mesh_map *omap_delete(const mesh_map *m, const mesh_type_desc *kd,
                           const mesh_type_desc *vd, mesh_word key) noexcept nogil:
    cdef bint found = False
    cdef void *root
    cdef mesh_map *out
    if m.count == 0:
        return <mesh_map *>m
    root = hamt_remove(m.root, 0, hash_word(kd, key), key, kd, &found)
    if not found:
        return <mesh_map *>m
    out = omap_copy(m)
    out.root = root
    out.count = m.count - 1
    if out.count == 0:
        return omap_new(m.hdr.desc)
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
    cdef hamt_leaf *leaf = omap_find(m, key_desc(m), key)
    if leaf == NULL:
        return 0
    out[0] = leaf.value
    return 1


cdef public int8_t mesh_rt_map_has_key(const mesh_map *m, mesh_word key) noexcept nogil:
    return omap_find(m, key_desc(m), key) != NULL


cdef public mesh_map *mesh_rt_map_delete(const mesh_map *m, mesh_word key) noexcept nogil:
    return omap_delete(m, key_desc(m), value_desc(m), key)


cdef public int64_t mesh_rt_map_size(const mesh_map *m) noexcept nogil:
    return m.count


cdef public int64_t mesh_rt_map_next(const mesh_map *m, int64_t cursor,
                                     mesh_word *key, mesh_word *value) noexcept nogil:
    cdef hamt_leaf *leaf
    cursor = omap_next(m, key_desc(m), cursor, &leaf)
    if cursor >= 0:
        key[0] = leaf.key
        value[0] = leaf.value
    return cursor


cdef mesh_list *map_column(const mesh_map *m, const mesh_type_desc *list_desc,
                           int which) noexcept nogil:
    # which: 0 keys, 1 values, 2 (key, value) tuples.
    cdef mesh_list *xs = list_with_capacity(list_desc, m.count)
    cdef const mesh_type_desc *kd = key_desc(m)
    cdef const mesh_type_desc *td = param_of(list_desc, 0)
    cdef hamt_leaf *leaf
    cdef int64_t cursor = omap_next(m, kd, 0, &leaf)
    while cursor >= 0:
        if which == 0:
            list_push(xs, leaf.key)
        elif which == 1:
            list_push(xs, leaf.value)
        else:
            list_push(xs, <mesh_word>pair_new(td, leaf.key, leaf.value))
        cursor = omap_next(m, kd, cursor, &leaf)
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
    cdef hamt_leaf *leaf
    cdef int64_t cursor
    if a.count == 0:
        return <mesh_map *>b
    cursor = omap_next(b, kd, 0, &leaf)
    while cursor >= 0:
        out = omap_put(out, kd, vd, leaf.key, leaf.value)
        cursor = omap_next(b, kd, cursor, &leaf)
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
    cdef hamt_leaf *leaf
    cdef hamt_leaf *other
    cdef int64_t cursor
    if x.count != y.count:
        return 0
    cursor = omap_next(x, kd, 0, &leaf)
    while cursor >= 0:
        other = hamt_find(y.root, leaf.hash, leaf.key, kd)
        if other == NULL or not eq_word(vd, leaf.value, other.value):
            return 0
        cursor = omap_next(x, kd, cursor, &leaf)
    return 1


cdef public uint64_t mesh_rt_map_hash(mesh_word a) noexcept nogil:
    # Order-independent: a sum of per-entry hashes.
    cdef const mesh_map *x = <const mesh_map *>a
    cdef const mesh_type_desc *vd = value_desc(x)
    cdef uint64_t h = <uint64_t>x.count
    cdef hamt_leaf *leaf
    cdef int64_t cursor = omap_next(x, key_desc(x), 0, &leaf)
    while cursor >= 0:
        h += hash_mix(leaf.hash * 31 + hash_word(vd, leaf.value))
        cursor = omap_next(x, key_desc(x), cursor, &leaf)
    return hash_mix(h)


cdef mesh_string *map_show(const mesh_map *x, bint debug) noexcept nogil:
    cdef const mesh_type_desc *kd = key_desc(x)
    cdef const mesh_type_desc *vd = value_desc(x)
    cdef hamt_leaf *leaf
    cdef int64_t cursor = omap_next(x, kd, 0, &leaf)
    cdef bint first = True
    cdef strbuf sb
    sb_init(&sb)
    sb_put(&sb, b"%{", 2)
    while cursor >= 0:
        if not first:
            sb_put(&sb, b", ", 2)
        first = False
        show_word(&sb, kd, leaf.key, debug)
        sb_put(&sb, b" => ", 4)
        show_word(&sb, vd, leaf.value, debug)
        cursor = omap_next(x, kd, cursor, &leaf)
    sb_put(&sb, b"}", 1)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_map_display(mesh_word a) noexcept nogil:
    return map_show(<const mesh_map *>a, False)


cdef public mesh_string *mesh_rt_map_debug(mesh_word a) noexcept nogil:
    return map_show(<const mesh_map *>a, True)
