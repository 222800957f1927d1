# Helpers every collection uses on its elements through their descriptors
# (declared in collections.pxd): Display/Debug text, hashing, equality,
# runtime-built 2-tuples.

from libc.stdint cimport int64_t, uint64_t

ctypedef mesh_string *(*show_fn)(mesh_word) noexcept nogil


cdef const mesh_type_desc *param_of(const mesh_type_desc *d, int64_t i) noexcept nogil:
    if d == NULL or d.n_params <= i or d.params == NULL:
        return NULL
    return d.params[i]


cdef void show_word(strbuf *sb, const mesh_type_desc *d, mesh_word w,
                    bint debug) noexcept nogil:
    # Spec 05 s8.1: a type without Display is shown with Debug (and the
    # other way round, so a value always has some text).
    cdef show_fn show = NULL
    if d != NULL:
        show = d.debug if debug else d.display
        if show == NULL:
            show = d.display if debug else d.debug
    if show == NULL:
        sb_put_cstr(sb, b"<?>")
        return
    sb_put_str(sb, show(w))


cdef uint64_t hash_mix(uint64_t h) noexcept nogil:
    # A 64-bit finaliser (xor-shift-multiply), so combined hashes spread.
    h ^= h >> 33
    h *= <uint64_t>0xff51afd7ed558ccd
    h ^= h >> 33
    h *= <uint64_t>0xc4ceb9fe1a85ec53
    h ^= h >> 33
    return h


cdef uint64_t hash_word(const mesh_type_desc *d, mesh_word w) noexcept nogil:
    if d != NULL and d.hash != NULL:
        return d.hash(w)
    return hash_mix(w)


cdef bint eq_word(const mesh_type_desc *d, mesh_word a, mesh_word b) noexcept nogil:
    if d != NULL and d.eq != NULL:
        return d.eq(a, b) != 0
    return a == b


cdef mesh_pair *pair_new(const mesh_type_desc *d, mesh_word a,
                         mesh_word b) noexcept nogil:
    cdef mesh_pair *t = <mesh_pair *>mesh_rt_alloc(d, sizeof(mesh_pair))
    t.first = a
    t.second = b
    return t
