# The persistent hash index of maps and sets: a hash array mapped trie
# (HAMT) over 64-bit hashes, 5 bits per level, with path copying.
#
# A node is one of (told apart by its descriptor):
#   leaf       hamt_leaf { hash, slot, key, value }
#   branch     { bitmap, child[popcount(bitmap)] }; child i holds the hashes
#              whose 5-bit chunk at this level is the i-th set bit
#   collision  { n, leaf[n] }: leaves whose full hashes are equal
# A leaf or collision may sit at any depth (lookups compare full hashes), so
# insertion only pushes leaves down where two hashes meet.  Distinct 64-bit
# hashes differ in some chunk of shift 0..60, so collisions arise only from
# equal hashes.  Removal collapses a branch left with a single leaf.

from libc.stdint cimport int64_t, uint32_t, uint64_t
from libc.string cimport memcpy

cdef enum:
    BITS = 5
    MASK = 31

cdef struct hamt_branch:
    mesh_obj_header hdr
    uint64_t bitmap
    void *child[1]          # really child[popcount(bitmap)]

cdef struct hamt_collision:
    mesh_obj_header hdr
    int64_t n
    hamt_leaf *leaf[1]      # really leaf[n]


cdef inline bint is_leaf(const void *node) noexcept nogil:
    cdef const mesh_type_desc *d = (<const mesh_obj_header *>node).desc
    return d >= &mesh_hamt_leaf_descs[0] and d <= &mesh_hamt_leaf_descs[3]


cdef inline bint is_collision(const void *node) noexcept nogil:
    return (<const mesh_obj_header *>node).desc == &mesh_hamt_collision_desc


cdef inline int popcount(uint64_t x) noexcept nogil:
    # Bitmaps have 32 bits.  Bit arithmetic rather than __builtin_popcount,
    # which without -mpopcnt is a library call.
    cdef uint64_t v = <uint32_t>x
    v = v - ((v >> 1) & 0x55555555)
    v = (v & 0x33333333) + ((v >> 2) & 0x33333333)
    v = (v + (v >> 4)) & 0x0F0F0F0F
    return <int>((v * 0x01010101) >> 24) & 0xFF


cdef hamt_branch *branch_new(int n) noexcept nogil:
    return <hamt_branch *>mesh_rt_alloc(&mesh_hamt_branch_descs[n], 24 + 8 * n)


cdef hamt_collision *collision_new(int64_t n) noexcept nogil:
    cdef hamt_collision *c = <hamt_collision *>mesh_rt_alloc(
        &mesh_hamt_collision_desc, 24 + 8 * n)
    c.n = n
    return c


cdef inline uint64_t node_hash(const void *node) noexcept nogil:
    # Hash of a leaf or a collision (all its leaves share it).
    if is_leaf(node):
        return (<const hamt_leaf *>node).hash
    return (<const hamt_collision *>node).leaf[0].hash


cdef hamt_leaf *hamt_find(void *root, uint64_t hash, mesh_word key,
                          const mesh_type_desc *kd) noexcept nogil:
    cdef void *node = root
    cdef int shift = 0
    cdef uint64_t bit, bitmap
    cdef hamt_leaf *leaf
    cdef hamt_collision *c
    cdef int64_t i
    while node != NULL:
        if is_leaf(node):
            leaf = <hamt_leaf *>node
            if leaf.hash == hash and eq_word(kd, leaf.key, key):
                return leaf
            return NULL
        if is_collision(node):
            c = <hamt_collision *>node
            if c.leaf[0].hash != hash:
                return NULL
            for i in range(c.n):
                if eq_word(kd, c.leaf[i].key, key):
                    return c.leaf[i]
            return NULL
        bitmap = (<hamt_branch *>node).bitmap
        bit = (<uint64_t>1) << ((hash >> shift) & MASK)
        if not (bitmap & bit):
            return NULL
        node = (<hamt_branch *>node).child[popcount(bitmap & (bit - 1))]
        shift += BITS
    return NULL


cdef void *join_two(int shift, void *a, uint64_t ha, void *b,
                    uint64_t hb) noexcept nogil:
    # A subtree holding nodes a and b (leaves or collisions, ha != hb).
    cdef hamt_branch *br
    cdef uint64_t ia = (ha >> shift) & MASK
    cdef uint64_t ib = (hb >> shift) & MASK
    if ia == ib:
        br = branch_new(1)
        br.bitmap = (<uint64_t>1) << ia
        br.child[0] = join_two(shift + BITS, a, ha, b, hb)
        return br
    br = branch_new(2)
    br.bitmap = ((<uint64_t>1) << ia) | ((<uint64_t>1) << ib)
    if ia < ib:
        br.child[0] = a
        br.child[1] = b
    else:
        br.child[0] = b
        br.child[1] = a
    return br


cdef void *collision_put(hamt_collision *c, hamt_leaf *leaf,
                         const mesh_type_desc *kd, hamt_leaf **old) noexcept nogil:
    cdef hamt_collision *out
    cdef int64_t i
    for i in range(c.n):
        if eq_word(kd, c.leaf[i].key, leaf.key):
            old[0] = c.leaf[i]
            out = collision_new(c.n)
            memcpy(out.leaf, c.leaf, <size_t>(8 * c.n))
            out.leaf[i] = leaf
            return out
    out = collision_new(c.n + 1)
    memcpy(out.leaf, c.leaf, <size_t>(8 * c.n))
    out.leaf[c.n] = leaf
    return out


cdef void *hamt_insert(void *node, int shift, hamt_leaf *leaf,
                       const mesh_type_desc *kd, hamt_leaf **replaced) noexcept nogil:
    # The tree `node` (at depth shift/5) with `leaf` added, or replacing the
    # leaf of an equal key, which is then stored in *replaced (left alone
    # otherwise).
    cdef hamt_leaf *old
    cdef hamt_collision *c
    cdef hamt_branch *br
    cdef hamt_branch *out
    cdef uint64_t bit, h
    cdef int idx, n
    if node == NULL:
        return leaf
    if is_leaf(node):
        old = <hamt_leaf *>node
        if old.hash == leaf.hash:
            if eq_word(kd, old.key, leaf.key):
                replaced[0] = old
                return leaf
            c = collision_new(2)
            c.leaf[0] = old
            c.leaf[1] = leaf
            return c
        return join_two(shift, node, old.hash, leaf, leaf.hash)
    if is_collision(node):
        h = node_hash(node)
        if h == leaf.hash:
            return collision_put(<hamt_collision *>node, leaf, kd, replaced)
        return join_two(shift, node, h, leaf, leaf.hash)
    br = <hamt_branch *>node
    bit = (<uint64_t>1) << ((leaf.hash >> shift) & MASK)
    idx = popcount(br.bitmap & (bit - 1))
    n = popcount(br.bitmap)
    if br.bitmap & bit:
        out = branch_new(n)
        out.bitmap = br.bitmap
        memcpy(out.child, br.child, <size_t>(8 * n))
        out.child[idx] = hamt_insert(br.child[idx], shift + BITS, leaf, kd, replaced)
        return out
    out = branch_new(n + 1)
    out.bitmap = br.bitmap | bit
    memcpy(out.child, br.child, <size_t>(8 * idx))
    out.child[idx] = leaf
    memcpy(out.child + idx + 1, br.child + idx, <size_t>(8 * (n - idx)))
    return out


cdef void *hamt_remove(void *node, int shift, uint64_t hash, mesh_word key,
                       const mesh_type_desc *kd, bint *found) noexcept nogil:
    # The tree without key's leaf; *found says whether there was one (when
    # not, the result is `node` itself).
    cdef hamt_leaf *leaf
    cdef hamt_collision *c
    cdef hamt_collision *cout
    cdef hamt_branch *br
    cdef hamt_branch *out
    cdef void *sub
    cdef uint64_t bit
    cdef int idx, n
    cdef int64_t i, j
    found[0] = False
    if node == NULL:
        return NULL
    if is_leaf(node):
        leaf = <hamt_leaf *>node
        if leaf.hash == hash and eq_word(kd, leaf.key, key):
            found[0] = True
            return NULL
        return node
    if is_collision(node):
        c = <hamt_collision *>node
        if c.leaf[0].hash != hash:
            return node
        for i in range(c.n):
            if eq_word(kd, c.leaf[i].key, key):
                found[0] = True
                if c.n == 2:
                    return c.leaf[1 - i]
                cout = collision_new(c.n - 1)
                j = 0
                for idx in range(c.n):
                    if idx != i:
                        cout.leaf[j] = c.leaf[idx]
                        j += 1
                return cout
        return node
    br = <hamt_branch *>node
    bit = (<uint64_t>1) << ((hash >> shift) & MASK)
    if not (br.bitmap & bit):
        return node
    idx = popcount(br.bitmap & (bit - 1))
    n = popcount(br.bitmap)
    sub = hamt_remove(br.child[idx], shift + BITS, hash, key, kd, found)
    if not found[0]:
        return node
    if sub == NULL:
        if n == 1:
            return NULL
        if n == 2 and (is_leaf(br.child[1 - idx]) or is_collision(br.child[1 - idx])):
            return br.child[1 - idx]     # a lone leaf/collision moves up
        out = branch_new(n - 1)
        out.bitmap = br.bitmap & ~bit
        memcpy(out.child, br.child, <size_t>(8 * idx))
        memcpy(out.child + idx, br.child + idx + 1, <size_t>(8 * (n - idx - 1)))
        return out
    if n == 1 and (is_leaf(sub) or is_collision(sub)):
        return sub
    out = branch_new(n)
    out.bitmap = br.bitmap
    memcpy(out.child, br.child, <size_t>(8 * n))
    out.child[idx] = sub
    return out
