# The String module (spec 11 s2): slicing, searching, replacing, splitting,
# joining, trimming.  Positions count code points; the bytes are always
# valid UTF-8, so decoding here never meets a malformed sequence.  Results
# that equal an argument are returned without allocating.

from libc.stdint cimport int8_t, int64_t, uint32_t
from libc.string cimport memcmp, memchr, memcpy


cdef int64_t utf8_next(const unsigned char *p, int64_t n, int64_t i,
                       uint32_t *cp) noexcept nogil:
    # Decodes the code point at byte i; returns the index after it.
    cdef uint32_t c = p[i]
    if c < 0x80:
        cp[0] = c
        return i + 1
    if c < 0xE0:
        cp[0] = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F)
        return i + 2
    if c < 0xF0:
        cp[0] = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F)
        return i + 3
    cp[0] = (((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12)
             | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F))
    return i + 4


cdef int64_t utf8_prev(const unsigned char *p, int64_t i,
                       uint32_t *cp) noexcept nogil:
    # Decodes the code point that ends at byte i; returns its first byte.
    cdef int64_t j = i - 1
    while (p[j] & 0xC0) == 0x80:
        j -= 1
    utf8_next(p, i, j, cp)
    return j


cdef int64_t utf8_encode(uint32_t cp, char *out) noexcept nogil:
    if cp < 0x80:
        out[0] = <char>cp
        return 1
    if cp < 0x800:
        out[0] = <char>(0xC0 | (cp >> 6))
        out[1] = <char>(0x80 | (cp & 0x3F))
        return 2
    if cp < 0x10000:
        out[0] = <char>(0xE0 | (cp >> 12))
        out[1] = <char>(0x80 | ((cp >> 6) & 0x3F))
        out[2] = <char>(0x80 | (cp & 0x3F))
        return 3
    out[0] = <char>(0xF0 | (cp >> 18))
    out[1] = <char>(0x80 | ((cp >> 12) & 0x3F))
    out[2] = <char>(0x80 | ((cp >> 6) & 0x3F))
    out[3] = <char>(0x80 | (cp & 0x3F))
    return 4


cdef int64_t find_bytes(const char *hay, int64_t n, const char *needle,
                        int64_t m, int64_t start) noexcept nogil:
    # First index >= start where needle occurs, or -1.  Byte matching is
    # code-point matching for valid UTF-8 (no match starts mid-character).
    cdef const char *p
    cdef int64_t i = start
    if m == 0:
        return start if start <= n else -1
    while i + m <= n:
        p = <const char *>memchr(hay + i, needle[0], <size_t>(n - m + 1 - i))
        if p == NULL:
            return -1
        i = p - hay
        if memcmp(p, needle, <size_t>m) == 0:
            return i
        i += 1
    return -1


cdef int64_t byte_offset_of(const mesh_string *s, int64_t from_byte,
                            int64_t count) noexcept nogil:
    # Byte index `count` code points after from_byte (clamped to the end).
    cdef const unsigned char *p = <const unsigned char *>s.bytes
    cdef int64_t i = from_byte
    while count > 0 and i < s.len:
        i += 1
        while i < s.len and (p[i] & 0xC0) == 0x80:
            i += 1
        count -= 1
    return i


cdef public mesh_string *mesh_rt_string_slice(const mesh_string *s, int64_t start,
                                              int64_t end) noexcept nogil:
    cdef int64_t a, b
    if start < 0:
        start = 0
    if end <= start:
        return MESH_STATIC_EMPTY
    a = byte_offset_of(s, 0, start)
    b = byte_offset_of(s, a, end - start)
    if a == 0 and b == s.len:
        return <mesh_string *>s
    return mesh_rt_string_new(s.bytes + a, b - a)


cdef public int8_t mesh_rt_string_contains(const mesh_string *s,
                                           const mesh_string *sub) noexcept nogil:
    return find_bytes(s.bytes, s.len, sub.bytes, sub.len, 0) >= 0


cdef public int8_t mesh_rt_string_starts_with(const mesh_string *s,
                                              const mesh_string *p) noexcept nogil:
    return p.len <= s.len and memcmp(s.bytes, p.bytes, <size_t>p.len) == 0


cdef public int8_t mesh_rt_string_ends_with(const mesh_string *s,
                                            const mesh_string *p) noexcept nogil:
    return p.len <= s.len and memcmp(s.bytes + s.len - p.len, p.bytes,
                                     <size_t>p.len) == 0


cdef void trimmed_bounds(const mesh_string *s, int64_t *a, int64_t *b) noexcept nogil:
    """The byte range of ``s`` without leading and trailing Unicode whitespace."""
    cdef const unsigned char *p = <const unsigned char *>s.bytes
    cdef int64_t lo = 0, hi = s.len, nxt, prv
    cdef uint32_t cp
    while lo < hi:
        nxt = utf8_next(p, hi, lo, &cp)
        if not is_unicode_space(cp):
            break
        lo = nxt
    while hi > lo:
        prv = utf8_prev(p, hi, &cp)
        if not is_unicode_space(cp):
            break
        hi = prv
    a[0] = lo
    b[0] = hi


cdef public mesh_string *mesh_rt_string_trim(const mesh_string *s) noexcept nogil:
    cdef int64_t a, b
    trimmed_bounds(s, &a, &b)
    if a == 0 and b == s.len:
        return <mesh_string *>s
    return mesh_rt_string_new(s.bytes + a, b - a)


cdef public mesh_string *mesh_rt_string_replace(const mesh_string *s,
                                                const mesh_string *old,
                                                const mesh_string *by) noexcept nogil:
    cdef strbuf sb
    cdef int64_t at = 0, hit
    if old.len == 0:
        return <mesh_string *>s
    hit = find_bytes(s.bytes, s.len, old.bytes, old.len, 0)
    if hit < 0:
        return <mesh_string *>s
    sb_init(&sb)
    while hit >= 0:
        sb_put(&sb, s.bytes + at, hit - at)
        sb_put_str(&sb, by)
        at = hit + old.len
        hit = find_bytes(s.bytes, s.len, old.bytes, old.len, at)
    sb_put(&sb, s.bytes + at, s.len - at)
    return sb_finish(&sb)


cdef public mesh_list *mesh_rt_string_split(const mesh_string *s,
                                            const mesh_string *sep) noexcept nogil:
    cdef mesh_list *parts = list_with_capacity(&mesh_rt_list_string_desc, 4)
    cdef const unsigned char *p = <const unsigned char *>s.bytes
    cdef int64_t at = 0, hit, nxt
    cdef uint32_t cp
    if sep.len == 0:
        # Decision (spec 11 s2): one piece per code point; "" -> [].
        while at < s.len:
            nxt = utf8_next(p, s.len, at, &cp)
            list_push(parts, <mesh_word>mesh_rt_string_new(s.bytes + at, nxt - at))
            at = nxt
        return parts
    hit = find_bytes(s.bytes, s.len, sep.bytes, sep.len, 0)
    while hit >= 0:
        list_push(parts, <mesh_word>mesh_rt_string_new(s.bytes + at, hit - at))
        at = hit + sep.len
        hit = find_bytes(s.bytes, s.len, sep.bytes, sep.len, at)
    if at == 0:
        list_push(parts, <mesh_word>s)
    else:
        list_push(parts, <mesh_word>mesh_rt_string_new(s.bytes + at, s.len - at))
    return parts


cdef public mesh_string *mesh_rt_string_join(const mesh_list *parts,
                                             const mesh_string *sep) noexcept nogil:
    cdef const mesh_word *e = list_elems(parts)
    cdef int64_t i, total = 0, at = 0
    cdef const mesh_string *piece
    cdef mesh_string *out
    if parts.len == 0:
        return MESH_STATIC_EMPTY
    if parts.len == 1:
        return <mesh_string *>e[0]
    for i in range(parts.len):
        total += (<const mesh_string *>e[i]).len
    if parts.len > 1:
        total += sep.len * (parts.len - 1)
    out = string_alloc(total)
    out.len = total
    for i in range(parts.len):
        if i > 0 and sep.len > 0:
            memcpy(out.bytes + at, sep.bytes, <size_t>sep.len)
            at += sep.len
        piece = <const mesh_string *>e[i]
        if piece.len > 0:
            memcpy(out.bytes + at, piece.bytes, <size_t>piece.len)
            at += piece.len
    return out
