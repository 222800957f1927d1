# The persistent hash index of maps and sets: a CHAMP trie (compressed hash
# array mapped prefix tree) over 64-bit hashes, 5 bits per level, with path
# copying.  Layout and tracing: collections_descs.h.
#
# Each node has two bitmaps over the 32 chunk values of its level: datamap
# bits own an inline entry (key, value, slot), nodemap bits own a child
# node.  Entries live inline, so a lookup touches one object per level and
# the collector has no per-entry objects to mark.  Two keys whose chunks
# agree at a level go one level down; keys with equal full hashes (all 13
# chunks, shifts 0..60) meet in a collision node below the last level.
# Removal keeps the trie canonical: a child left with one entry is pulled
# back up into its parent as an inline entry.
#
# Visibility.  Trie nodes are shared between map versions, and a new key
# put into the version that owns the end of its key vector is inserted in
# place (champ_insert_in_place) instead of path-copying: the entry gets
# slot n_slots, which no other version on that key vector can see (their
# n_slots are smaller).  In-place changes only ever add entries or move
# existing ones one level down, never change or remove what another
# version sees.
#
# While all the versions sharing trie nodes (a family) use one key vector
# at a time, `slot < n_slots` alone decides visibility: slots are handed
# out once, in order, by the one version owning the vector's end (when
# the owner outgrows its vector it closes the old one's tip, so no one
# else can claim it).  Once a version that does not own the end appends a
# key, its lineage continues on a copy of the key vector while still
# sharing nodes: the family is marked forked, and from then on an entry
# also needs its own key word at its slot in m's key vector
# (entry_visible).  An invisible entry is treated as absent; an in-place
# insert that meets one for its own key falls back to path copying, so a
# hash path holds at most one entry per key.

from libc.stdint cimport int64_t, uint32_t, uint64_t
from libc.string cimport memcpy, memmove

cdef enum:
    BITS = 5
    MASK = 31
    LAST_SHIFT = 60         # chunks at shifts 0, 5, ..., 60 cover 64 bits
    ENTRY = 3               # words per entry: key, value, slot


cdef inline int popcount(uint32_t v) noexcept nogil:
    return mesh_champ_popcount(v)


cdef inline bint is_collision(const void *node) noexcept nogil:
    cdef const mesh_type_desc *d = (<const mesh_obj_header *>node).desc
    return d >= &mesh_champ_collision_descs[0] and d <= &mesh_champ_collision_descs[3]


cdef inline int desc_index(const champ_ctx *c) noexcept nogil:
    return desc_is_pointer(c.kd) | (desc_is_pointer(c.vd) << 1)


cdef mesh_champ_node *node_new(const champ_ctx *c, int nd, int nn) noexcept nogil:
    return <mesh_champ_node *>mesh_rt_alloc(&mesh_champ_node_descs[desc_index(c)],
                                            24 + 8 * (ENTRY * nd + nn))


cdef mesh_champ_collision *collision_new(const champ_ctx *c, int64_t n) noexcept nogil:
    cdef mesh_champ_collision *out = <mesh_champ_collision *>mesh_rt_alloc(
        &mesh_champ_collision_descs[desc_index(c)], 24 + 8 * ENTRY * n)
    out.n = n
    return out


cdef bint entry_visible(const mesh_map *m, const mesh_word *e) noexcept nogil:
    cdef int64_t slot = <int64_t>e[2]
    if slot >= m.n_slots:
        return False
    if not (<mesh_map_family *>m.family).forked:
        return True
    return m.keys.elems[slot] == e[0]


cdef mesh_champ_node *node_with_room(const champ_ctx *c, int64_t words) noexcept nogil:
    # A node with room for `words` words (bitmaps left 0).
    return <mesh_champ_node *>mesh_rt_alloc(&mesh_champ_node_descs[desc_index(c)],
                                            24 + 8 * words)


cdef inline int64_t node_room(const mesh_champ_node *n) noexcept nogil:
    return (MESH_HDR_SIZE(&n.hdr) - 24) // 8


cdef inline void put_entry(mesh_word *w, mesh_word key, mesh_word value,
                           int64_t slot) noexcept nogil:
    w[0] = key
    w[1] = value
    w[2] = <mesh_word>slot


cdef mesh_word *champ_find(void *root, uint64_t hash, mesh_word key,
                           const mesh_type_desc *kd) noexcept nogil:
    cdef void *node = root
    cdef mesh_champ_node *n
    cdef mesh_champ_collision *col
    cdef int shift = 0
    cdef uint32_t bit
    cdef mesh_word *e
    cdef int64_t i
    while node != NULL:
        if is_collision(node):
            col = <mesh_champ_collision *>node
            for i in range(col.n):
                if eq_word(kd, col.words[ENTRY * i], key):
                    return col.words + ENTRY * i
            return NULL
        n = <mesh_champ_node *>node
        bit = (<uint32_t>1) << ((hash >> shift) & MASK)
        if n.datamap & bit:
            e = n.words + ENTRY * popcount(n.datamap & (bit - 1))
            return e if eq_word(kd, e[0], key) else NULL
        if not (n.nodemap & bit):
            return NULL
        node = <void *>n.words[ENTRY * popcount(n.datamap)
                               + popcount(n.nodemap & (bit - 1))]
        shift += BITS
    return NULL


cdef void *merge_two(int shift, const mesh_word *e1, uint64_t h1,
                     const mesh_word *e2, uint64_t h2,
                     const champ_ctx *c) noexcept nogil:
    # A subtree at `shift` holding the two entries e1 and e2.
    cdef mesh_champ_node *n
    cdef mesh_champ_collision *col
    cdef void *child
    cdef uint32_t i1, i2
    if shift > LAST_SHIFT:
        col = collision_new(c, 2)
        memcpy(col.words, e1, 8 * ENTRY)
        memcpy(col.words + ENTRY, e2, 8 * ENTRY)
        return col
    i1 = (h1 >> shift) & MASK
    i2 = (h2 >> shift) & MASK
    if i1 == i2:
        # The child first: a node is never half-filled across an allocation.
        child = merge_two(shift + BITS, e1, h1, e2, h2, c)
        n = node_new(c, 0, 1)
        n.nodemap = (<uint32_t>1) << i1
        n.words[0] = <mesh_word>child
        return n
    n = node_new(c, 2, 0)
    n.datamap = ((<uint32_t>1) << i1) | ((<uint32_t>1) << i2)
    if i1 < i2:
        memcpy(n.words, e1, 8 * ENTRY)
        memcpy(n.words + ENTRY, e2, 8 * ENTRY)
    else:
        memcpy(n.words, e2, 8 * ENTRY)
        memcpy(n.words + ENTRY, e1, 8 * ENTRY)
    return n


cdef mesh_champ_node *node_copy(const mesh_champ_node *n, const champ_ctx *c) noexcept nogil:
    cdef int nd = popcount(n.datamap), nn = popcount(n.nodemap)
    cdef mesh_champ_node *out = node_new(c, nd, nn)
    out.datamap = n.datamap
    out.nodemap = n.nodemap
    memcpy(out.words, n.words, <size_t>(8 * (ENTRY * nd + nn)))
    return out


cdef void *collision_insert(mesh_champ_collision *col, champ_ctx *c) noexcept nogil:
    cdef mesh_champ_collision *out
    cdef int64_t i
    for i in range(col.n):
        if eq_word(c.kd, col.words[ENTRY * i], c.key):
            out = collision_new(c, col.n)
            memcpy(out.words, col.words, <size_t>(8 * ENTRY * col.n))
            if not entry_visible(c.m, col.words + ENTRY * i):
                put_entry(out.words + ENTRY * i, c.key, c.value, c.slot)
                return out
            c.found = True
            c.old_value = col.words[ENTRY * i + 1]
            c.old_slot = <int64_t>col.words[ENTRY * i + 2]
            out.words[ENTRY * i + 1] = c.value
            return out
    out = collision_new(c, col.n + 1)
    memcpy(out.words, col.words, <size_t>(8 * ENTRY * col.n))
    put_entry(out.words + ENTRY * col.n, c.key, c.value, c.slot)
    return out


cdef void *champ_insert(void *node, int shift, champ_ctx *c) noexcept nogil:
    # A path copy of `node` with c's entry added, or with the value of
    # c.key's visible entry replaced (c.found, c.old_value, c.old_slot
    # report it).  The caller has handled "same value already there".
    cdef mesh_champ_node *n
    cdef mesh_champ_node *out
    cdef mesh_word entry[3]
    cdef mesh_word *e
    cdef void *child
    cdef void *sub
    cdef uint32_t bit
    cdef int nd, nn, i, j
    if node == NULL:
        out = node_new(c, 1, 0)
        out.datamap = (<uint32_t>1) << ((c.hash >> shift) & MASK)
        put_entry(out.words, c.key, c.value, c.slot)
        return out
    if is_collision(node):
        return collision_insert(<mesh_champ_collision *>node, c)
    n = <mesh_champ_node *>node
    nd = popcount(n.datamap)
    nn = popcount(n.nodemap)
    bit = (<uint32_t>1) << ((c.hash >> shift) & MASK)
    if n.datamap & bit:
        i = popcount(n.datamap & (bit - 1))
        e = n.words + ENTRY * i
        if eq_word(c.kd, e[0], c.key):
            out = node_copy(n, c)
            if not entry_visible(c.m, e):
                # Another version's entry for this key: ours replaces it.
                put_entry(out.words + ENTRY * i, c.key, c.value, c.slot)
                return out
            c.found = True
            c.old_value = e[1]
            c.old_slot = <int64_t>e[2]
            out.words[ENTRY * i + 1] = c.value
            return out
        # Two keys share this chunk: both move into a new child.
        put_entry(entry, c.key, c.value, c.slot)
        sub = merge_two(shift + BITS, e, hash_word(c.kd, e[0]), entry, c.hash, c)
        j = popcount(n.nodemap & (bit - 1))
        out = node_new(c, nd - 1, nn + 1)
        out.datamap = n.datamap & ~bit
        out.nodemap = n.nodemap | bit
        memcpy(out.words, n.words, <size_t>(8 * ENTRY * i))
        memcpy(out.words + ENTRY * i, n.words + ENTRY * (i + 1),
               <size_t>(8 * ENTRY * (nd - 1 - i)))
        memcpy(out.words + ENTRY * (nd - 1), n.words + ENTRY * nd, <size_t>(8 * j))
        out.words[ENTRY * (nd - 1) + j] = <mesh_word>sub
        memcpy(out.words + ENTRY * (nd - 1) + j + 1, n.words + ENTRY * nd + j,
               <size_t>(8 * (nn - j)))
        return out
    if n.nodemap & bit:
        j = popcount(n.nodemap & (bit - 1))
        child = <void *>n.words[ENTRY * nd + j]
        sub = champ_insert(child, shift + BITS, c)
        if sub == child:
            return node
        out = node_copy(n, c)
        out.words[ENTRY * nd + j] = <mesh_word>sub
        return out
    i = popcount(n.datamap & (bit - 1))
    out = node_new(c, nd + 1, nn)
    out.datamap = n.datamap | bit
    out.nodemap = n.nodemap
    memcpy(out.words, n.words, <size_t>(8 * ENTRY * i))
    put_entry(out.words + ENTRY * i, c.key, c.value, c.slot)
    memcpy(out.words + ENTRY * (i + 1), n.words + ENTRY * i,
           <size_t>(8 * (ENTRY * (nd - i) + nn)))
    return out


cdef const mesh_word *single_entry(void *node) noexcept nogil:
    # The entry of a node that holds exactly one entry and nothing else.
    cdef mesh_champ_node *n
    if is_collision(node):
        if (<mesh_champ_collision *>node).n == 1:
            return (<mesh_champ_collision *>node).words
        return NULL
    n = <mesh_champ_node *>node
    if n.nodemap == 0 and popcount(n.datamap) == 1:
        return n.words
    return NULL


cdef void *collision_remove(mesh_champ_collision *col, champ_ctx *c) noexcept nogil:
    cdef mesh_champ_collision *out
    cdef int64_t i
    for i in range(col.n):
        if eq_word(c.kd, col.words[ENTRY * i], c.key):
            if not entry_visible(c.m, col.words + ENTRY * i):
                return col
            c.found = True
            if col.n == 1:
                return NULL
            out = collision_new(c, col.n - 1)
            memcpy(out.words, col.words, <size_t>(8 * ENTRY * i))
            memcpy(out.words + ENTRY * i, col.words + ENTRY * (i + 1),
                   <size_t>(8 * ENTRY * (col.n - 1 - i)))
            return out
    return col


cdef void *champ_remove(void *node, int shift, champ_ctx *c) noexcept nogil:
    # `node` without c.key's entry (c.found says whether it had one; if
    # not, `node` itself comes back).  NULL when nothing is left.
    cdef mesh_champ_node *n
    cdef mesh_champ_node *out
    cdef const mesh_word *lone
    cdef void *child
    cdef void *sub
    cdef uint32_t bit
    cdef int nd, nn, i, j
    if node == NULL:
        return NULL
    if is_collision(node):
        return collision_remove(<mesh_champ_collision *>node, c)
    n = <mesh_champ_node *>node
    nd = popcount(n.datamap)
    nn = popcount(n.nodemap)
    bit = (<uint32_t>1) << ((c.hash >> shift) & MASK)
    if n.datamap & bit:
        i = popcount(n.datamap & (bit - 1))
        if (not eq_word(c.kd, n.words[ENTRY * i], c.key)
                or not entry_visible(c.m, n.words + ENTRY * i)):
            return node
        c.found = True
        if nd == 1 and nn == 0:
            return NULL
        out = node_new(c, nd - 1, nn)
        out.datamap = n.datamap & ~bit
        out.nodemap = n.nodemap
        memcpy(out.words, n.words, <size_t>(8 * ENTRY * i))
        memcpy(out.words + ENTRY * i, n.words + ENTRY * (i + 1),
               <size_t>(8 * (ENTRY * (nd - 1 - i) + nn)))
        return out
    if not (n.nodemap & bit):
        return node
    j = popcount(n.nodemap & (bit - 1))
    child = <void *>n.words[ENTRY * nd + j]
    sub = champ_remove(child, shift + BITS, c)
    if not c.found:
        return node
    if sub == NULL:
        if nd == 0 and nn == 1:
            return NULL
        out = node_new(c, nd, nn - 1)
        out.datamap = n.datamap
        out.nodemap = n.nodemap & ~bit
        memcpy(out.words, n.words, <size_t>(8 * (ENTRY * nd + j)))
        memcpy(out.words + ENTRY * nd + j, n.words + ENTRY * nd + j + 1,
               <size_t>(8 * (nn - 1 - j)))
        return out
    lone = single_entry(sub)
    if lone == NULL:
        out = node_copy(n, c)
        out.words[ENTRY * nd + j] = <mesh_word>sub
        return out
    # The child shrank to one entry: it becomes an inline entry here.
    i = popcount(n.datamap & (bit - 1))
    out = node_new(c, nd + 1, nn - 1)
    out.datamap = n.datamap | bit
    out.nodemap = n.nodemap & ~bit
    memcpy(out.words, n.words, <size_t>(8 * ENTRY * i))
    memcpy(out.words + ENTRY * i, lone, 8 * ENTRY)
    memcpy(out.words + ENTRY * (i + 1), n.words + ENTRY * i,
           <size_t>(8 * ENTRY * (nd - i)))
    memcpy(out.words + ENTRY * (nd + 1), n.words + ENTRY * nd, <size_t>(8 * j))
    memcpy(out.words + ENTRY * (nd + 1) + j, n.words + ENTRY * nd + j + 1,
           <size_t>(8 * (nn - 1 - j)))
    return out


cdef void *champ_insert_in_place(void *root, champ_ctx *c) noexcept nogil:
    # Adds c's entry (a key with no entry on its hash path, visible or
    # not) by changing the nodes on the path in place; only a node without
    # room is replaced, by a bigger one, and the link to it patched.
    # Returns the root (a new one if the root was replaced).  Every
    # allocation comes before the change it serves, so the collector never
    # sees a half-changed node.
    cdef void **link = &root
    cdef void *node = root
    cdef mesh_champ_node *n
    cdef mesh_champ_node *grown
    cdef mesh_champ_collision *col
    cdef mesh_champ_collision *bigger
    cdef mesh_word entry[3]
    cdef mesh_word *e
    cdef void *sub
    cdef int shift = 0
    cdef int nd, nn, i, j
    cdef int64_t used, room
    cdef uint32_t bit
    put_entry(entry, c.key, c.value, c.slot)
    while True:
        if node == NULL:
            n = node_new(c, 1, 0)
            n.datamap = (<uint32_t>1) << ((c.hash >> shift) & MASK)
            memcpy(n.words, entry, 8 * ENTRY)
            link[0] = n
            return root
        if is_collision(node):
            col = <mesh_champ_collision *>node
            bigger = collision_new(c, col.n + 1)
            memcpy(bigger.words, col.words, <size_t>(8 * ENTRY * col.n))
            memcpy(bigger.words + ENTRY * col.n, entry, 8 * ENTRY)
            link[0] = bigger
            return root
        n = <mesh_champ_node *>node
        nd = popcount(n.datamap)
        nn = popcount(n.nodemap)
        used = ENTRY * nd + nn
        bit = (<uint32_t>1) << ((c.hash >> shift) & MASK)
        if n.nodemap & bit:
            link = <void **>&n.words[ENTRY * nd + popcount(n.nodemap & (bit - 1))]
            node = link[0]
            shift += BITS
            continue
        i = popcount(n.datamap & (bit - 1))
        if n.datamap & bit:
            # Another key's entry sits here: both go one level down, and
            # the node shrinks by two words (an entry becomes a link).
            e = n.words + ENTRY * i
            sub = merge_two(shift + BITS, e, hash_word(c.kd, e[0]), entry, c.hash, c)
            j = popcount(n.nodemap & (bit - 1))
            memmove(n.words + ENTRY * i, n.words + ENTRY * (i + 1),
                    <size_t>(8 * ENTRY * (nd - 1 - i)))
            memmove(n.words + ENTRY * (nd - 1), n.words + ENTRY * nd, <size_t>(8 * j))
            memmove(n.words + ENTRY * (nd - 1) + j + 1, n.words + ENTRY * nd + j,
                    <size_t>(8 * (nn - j)))
            n.words[ENTRY * (nd - 1) + j] = <mesh_word>sub
            n.words[used - 2] = 0
            n.words[used - 1] = 0
            n.datamap &= ~bit
            n.nodemap |= bit
            return root
        room = node_room(n)
        if used + ENTRY <= room:
            memmove(n.words + ENTRY * (i + 1), n.words + ENTRY * i,
                    <size_t>(8 * (used - ENTRY * i)))
            memcpy(n.words + ENTRY * i, entry, 8 * ENTRY)
            n.datamap |= bit
            return root
        # No room: a bigger node, with slack for the next inserts here.
        grown = node_with_room(c, used + ENTRY + (used + ENTRY) // 2)
        grown.datamap = n.datamap | bit
        grown.nodemap = n.nodemap
        memcpy(grown.words, n.words, <size_t>(8 * ENTRY * i))
        memcpy(grown.words + ENTRY * i, entry, 8 * ENTRY)
        memcpy(grown.words + ENTRY * (i + 1), n.words + ENTRY * i,
               <size_t>(8 * (used - ENTRY * i)))
        link[0] = grown
        return root
