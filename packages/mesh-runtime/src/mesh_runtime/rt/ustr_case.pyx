# Unicode case mapping and whitespace, from tables generated at build time
# (rt/ustr_tables_gen.py -> mesh_unicode_tables.h).  Full mappings: one code
# point may become up to three (U+00DF 'ß' -> "SS").  ASCII takes a fast path.
# Lowercasing applies the one context-dependent rule of the full mapping,
# Final_Sigma: U+03A3 becomes final sigma U+03C2 when a cased letter comes
# before it (case-ignorable code points skipped) and none comes after.

from libc.stdint cimport int64_t, uint32_t

cdef extern from "mesh_unicode_tables.h" nogil:
    const uint32_t mesh_upper_map[]       # rows: cp, n, m0, m1, m2
    const uint32_t mesh_lower_map[]
    const uint32_t mesh_space_ranges[]    # rows: first, last
    const uint32_t mesh_case_ignorable_ranges[]
    const uint32_t mesh_cased_ranges[]
    int MESH_UPPER_MAP_LEN
    int MESH_LOWER_MAP_LEN
    int MESH_SPACE_RANGES_LEN
    int MESH_CASE_IGNORABLE_RANGES_LEN
    int MESH_CASED_RANGES_LEN

cdef enum:
    CAPITAL_SIGMA = 0x3A3
    SMALL_SIGMA = 0x3C3
    FINAL_SIGMA = 0x3C2


cdef bint in_ranges(const uint32_t *table, int n, uint32_t cp) noexcept nogil:
    # Bisection over rows (first, last) sorted by first.
    cdef int lo = 0, hi = n - 1, mid
    while lo <= hi:
        mid = (lo + hi) >> 1
        if cp < table[2 * mid]:
            hi = mid - 1
        elif cp > table[2 * mid + 1]:
            lo = mid + 1
        else:
            return True
    return False


cdef bint is_unicode_space(uint32_t cp) noexcept nogil:
    if cp < 0x80:
        return cp == 0x20 or (cp >= 0x09 and cp <= 0x0D)
    return in_ranges(mesh_space_ranges, MESH_SPACE_RANGES_LEN, cp)


cdef int cased_neighbour(const unsigned char *p, int64_t n, int64_t i,
                         bint forward) noexcept nogil:
    # Whether the first code point that is not case-ignorable, walking from
    # byte i (forward from it, or backward from before it), is cased.
    cdef uint32_t cp
    while (i < n) if forward else (i > 0):
        if forward:
            i = utf8_next(p, n, i, &cp)
        else:
            i = utf8_prev(p, i, &cp)
        if not in_ranges(mesh_case_ignorable_ranges, MESH_CASE_IGNORABLE_RANGES_LEN, cp):
            return in_ranges(mesh_cased_ranges, MESH_CASED_RANGES_LEN, cp)
    return False


cdef uint32_t lower_sigma(const unsigned char *p, int64_t n, int64_t at,
                          int64_t after) noexcept nogil:
    if cased_neighbour(p, n, at, False) and not cased_neighbour(p, n, after, True):
        return FINAL_SIGMA
    return SMALL_SIGMA


cdef const uint32_t *case_lookup(const uint32_t *table, int n,
                                 uint32_t cp) noexcept nogil:
    # The row for cp, or NULL when cp maps to itself.
    cdef int lo = 0, hi = n - 1, mid
    while lo <= hi:
        mid = (lo + hi) >> 1
        if table[5 * mid] < cp:
            lo = mid + 1
        elif table[5 * mid] > cp:
            hi = mid - 1
        else:
            return table + 5 * mid
    return NULL


cdef mesh_string *map_case(const mesh_string *s, bint upper) noexcept nogil:
    cdef const unsigned char *p = <const unsigned char *>s.bytes
    cdef const uint32_t *table = mesh_lower_map
    cdef int n = MESH_LOWER_MAP_LEN
    cdef const uint32_t *row
    cdef strbuf sb
    cdef int64_t i = 0, nxt, k
    cdef uint32_t cp
    cdef bint changed = False
    if upper:
        table = mesh_upper_map
        n = MESH_UPPER_MAP_LEN
    sb_init(&sb)
    sb_reserve(&sb, s.len)
    while i < s.len:
        if p[i] < 0x80:
            cp = p[i]
            if upper and cp >= 0x61 and cp <= 0x7A:
                cp -= 32
                changed = True
            elif not upper and cp >= 0x41 and cp <= 0x5A:
                cp += 32
                changed = True
            sb.data[sb.len] = <char>cp     # reserved above or below
            sb.len += 1
            i += 1
            if sb.len == sb.cap:
                sb_reserve(&sb, 16)
            continue
        nxt = utf8_next(p, s.len, i, &cp)
        if cp == CAPITAL_SIGMA and not upper:
            changed = True
            sb_put_cp(&sb, lower_sigma(p, s.len, i, nxt))
            i = nxt
            if sb.len == sb.cap:
                sb_reserve(&sb, 16)
            continue
        row = case_lookup(table, n, cp)
        if row == NULL:
            sb_put(&sb, s.bytes + i, nxt - i)
        else:
            changed = True
            for k in range(row[1]):
                sb_put_cp(&sb, row[2 + k])
        i = nxt
        if sb.len == sb.cap:
            sb_reserve(&sb, 16)
    if not changed:
        sb_free(&sb)
        return <mesh_string *>s
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_string_to_upper(const mesh_string *s) noexcept nogil:
    return map_case(s, True)


cdef public mesh_string *mesh_rt_string_to_lower(const mesh_string *s) noexcept nogil:
    return map_case(s, False)
