# Value operations of the built-in types Int, Float, Bool, (), String and
# Atom: what their descriptors (csrc/mesh_builtin_descs.h) point to, so
# generic runtime code (collections) compares, hashes and prints elements
# through `desc->eq` and friends.  All take and return words (mesh_rt.h).
# Formats: spec 05 s8; Float ordering: spec 05 s5.2.

from libc.stdint cimport int8_t, int64_t, uint64_t
from libc.string cimport memcpy

cdef extern from *:
    """
    /* Multipliers of the hashes: odd 64-bit constants with well-spread bits
     * (the golden ratio, two of MurmurHash3's, SplitMix64's finaliser). */
    #define MESH_HASH_K0 0x9E3779B97F4A7C15ULL
    #define MESH_HASH_K1 0x87C37B91114253D5ULL
    #define MESH_HASH_K2 0x4CF5AD432745937FULL
    #define MESH_MIX_M1 0xBF58476D1CE4E5B9ULL
    #define MESH_MIX_M2 0x94D049BB133111EBULL
    #define MESH_CANONICAL_NAN 0x7FF8000000000000ULL
    """
    uint64_t HASH_K0 "MESH_HASH_K0"
    uint64_t HASH_K1 "MESH_HASH_K1"
    uint64_t HASH_K2 "MESH_HASH_K2"
    uint64_t MIX_M1 "MESH_MIX_M1"
    uint64_t MIX_M2 "MESH_MIX_M2"
    uint64_t CANONICAL_NAN "MESH_CANONICAL_NAN"


# ---- hashing -----------------------------------------------------------------

cdef inline uint64_t hash_rotl(uint64_t x, int r) noexcept nogil:
    return (x << r) | (x >> (64 - r))


cdef inline uint64_t hash_avalanche(uint64_t x) noexcept nogil:
    # Every input bit flips each output bit with probability ~1/2
    # (xor-shift / multiply rounds, as in SplitMix64's finaliser).
    x ^= x >> 30
    x *= MIX_M1
    x ^= x >> 27
    x *= MIX_M2
    x ^= x >> 31
    return x


cdef public uint64_t mesh_rt_hash_word(uint64_t x) noexcept nogil:
    # The offset keeps 0 from hashing to 0.
    return hash_avalanche(x + HASH_K0)


cdef public uint64_t mesh_rt_hash_bytes(const char *bytes, int64_t len) noexcept nogil:
    # Eight bytes per round, each word scrambled before it is folded in; the
    # tail is zero-padded and the length mixed in, so "a" and "a\0" differ.
    cdef uint64_t h = <uint64_t>len * HASH_K0
    cdef uint64_t w
    cdef int64_t i = 0
    while i + 8 <= len:
        memcpy(&w, bytes + i, 8)
        w = hash_rotl(w * HASH_K1, 31) * HASH_K2
        h = hash_rotl(h ^ w, 27) * 5 + <uint64_t>0x52DCE729
        i += 8
    if i < len:
        w = 0
        memcpy(&w, bytes + i, <size_t>(len - i))
        w = hash_rotl(w * HASH_K1, 31) * HASH_K2
        h ^= w
    return hash_avalanche(h ^ <uint64_t>len)


# ---- Int -------------------------------------------------------------------

cdef public int8_t mesh_rt_int_eq(uint64_t a, uint64_t b) noexcept nogil:
    return a == b


cdef public int64_t mesh_rt_int_cmp(uint64_t a, uint64_t b) noexcept nogil:
    cdef int64_t x = <int64_t>a, y = <int64_t>b
    return (x > y) - (x < y)


cdef public uint64_t mesh_rt_int_hash(uint64_t a) noexcept nogil:
    return mesh_rt_hash_word(a)


cdef public mesh_string *mesh_rt_int_display(uint64_t a) noexcept nogil:
    return mesh_rt_int_to_string(<int64_t>a)


# ---- Float -------------------------------------------------------------------

cdef inline double word_double(uint64_t w) noexcept nogil:
    cdef double d
    memcpy(&d, &w, 8)
    return d


cdef public int8_t mesh_rt_float_eq(uint64_t a, uint64_t b) noexcept nogil:
    return word_double(a) == word_double(b)         # IEEE: NaN != NaN, 0 == -0


cdef public int64_t mesh_rt_float_cmp(uint64_t a, uint64_t b) noexcept nogil:
    cdef double x = word_double(a), y = word_double(b)
    if x < y:
        return -1
    if x > y:
        return 1
    return 0                                    # equal, or a NaN involved


cdef public uint64_t mesh_rt_float_hash(uint64_t a) noexcept nogil:
    # Equal floats hash alike: -0.0 as 0.0 (NaN equals nothing; one NaN
    # pattern keeps the hash deterministic).
    cdef double d = word_double(a)
    if d == 0.0:
        a = 0
    elif d != d:
        a = CANONICAL_NAN
    return mesh_rt_hash_word(a)


cdef public mesh_string *mesh_rt_float_display(uint64_t a) noexcept nogil:
    return mesh_rt_float_to_string(word_double(a))


# ---- Bool and () -------------------------------------------------------------

cdef public int8_t mesh_rt_bool_eq(uint64_t a, uint64_t b) noexcept nogil:
    return (a != 0) == (b != 0)


cdef public int64_t mesh_rt_bool_cmp(uint64_t a, uint64_t b) noexcept nogil:
    return <int64_t>(a != 0) - <int64_t>(b != 0)      # false < true


cdef public uint64_t mesh_rt_bool_hash(uint64_t a) noexcept nogil:
    return mesh_rt_hash_word(a != 0)


cdef public mesh_string *mesh_rt_bool_display(uint64_t a) noexcept nogil:
    return MESH_STATIC_TRUE if a != 0 else MESH_STATIC_FALSE


cdef public int8_t mesh_rt_unit_eq(uint64_t a, uint64_t b) noexcept nogil:
    return 1


cdef public int64_t mesh_rt_unit_cmp(uint64_t a, uint64_t b) noexcept nogil:
    return 0


cdef public uint64_t mesh_rt_unit_hash(uint64_t a) noexcept nogil:
    return mesh_rt_hash_word(0)


cdef public mesh_string *mesh_rt_unit_display(uint64_t a) noexcept nogil:
    return MESH_STATIC_UNIT


# ---- String ------------------------------------------------------------------

cdef inline mesh_string *word_string(uint64_t w) noexcept nogil:
    return <mesh_string *>w


cdef public int8_t mesh_rt_string_word_eq(uint64_t a, uint64_t b) noexcept nogil:
    return mesh_rt_string_eq(word_string(a), word_string(b))


cdef public int64_t mesh_rt_string_word_cmp(uint64_t a, uint64_t b) noexcept nogil:
    cdef int64_t c = mesh_rt_string_cmp(word_string(a), word_string(b))
    return (c > 0) - (c < 0)


cdef public uint64_t mesh_rt_string_hash(uint64_t a) noexcept nogil:
    return mesh_rt_hash_bytes(word_string(a).bytes, word_string(a).len)


cdef public mesh_string *mesh_rt_string_display(uint64_t a) noexcept nogil:
    return word_string(a)


cdef public mesh_string *mesh_rt_string_debug(uint64_t a) noexcept nogil:
    # Quoted and escaped (spec 05 s8.2), by the string library's quoting.
    return mesh_rt_string_quote(word_string(a))


# ---- Atom (string layout, STATIC, compared by name) --------------------------

cdef public int8_t mesh_rt_atom_eq(uint64_t a, uint64_t b) noexcept nogil:
    return mesh_rt_string_eq(word_string(a), word_string(b))


cdef public int64_t mesh_rt_atom_cmp(uint64_t a, uint64_t b) noexcept nogil:
    return mesh_rt_string_word_cmp(a, b)


cdef public uint64_t mesh_rt_atom_hash(uint64_t a) noexcept nogil:
    return mesh_rt_string_hash(a)


cdef public mesh_string *mesh_rt_atom_display(uint64_t a) noexcept nogil:
    return mesh_rt_string_new(word_string(a).bytes, word_string(a).len)


cdef public mesh_string *mesh_rt_atom_debug(uint64_t a) noexcept nogil:
    cdef const mesh_string *name = word_string(a)
    cdef mesh_string *out = <mesh_string *>mesh_rt_alloc(
        &mesh_rt_string_desc, <int64_t>sizeof(mesh_string) + name.len + 2)
    out.len = name.len + 1
    out.bytes[0] = b':'
    memcpy(out.bytes + 1, name.bytes, <size_t>name.len)
    return out
