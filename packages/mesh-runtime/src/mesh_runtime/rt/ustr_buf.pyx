# Building text (declared in ustr.pxd): a malloc'd byte buffer that becomes
# one heap string at the end, and the n-ary concatenation codegen uses for
# string interpolation.  Building in malloc'd memory means intermediate
# pieces never reach the Mesh heap; only the finished string is allocated.

from libc.stdint cimport int8_t, int64_t, uint32_t
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memcpy, strlen


cdef void sb_init(strbuf *sb) noexcept nogil:
    sb.data = NULL
    sb.len = 0
    sb.cap = 0


cdef void sb_reserve(strbuf *sb, int64_t extra) noexcept nogil:
    cdef int64_t want = sb.len + extra
    cdef int64_t cap = sb.cap
    cdef char *grown
    if want <= cap:
        return
    if cap < 64:
        cap = 64
    while cap < want:
        cap *= 2
    grown = <char *>realloc(sb.data, <size_t>cap)
    if grown == NULL:
        panic_with(b"out of memory", 13, NULL, 0)
    sb.data = grown
    sb.cap = cap


cdef void sb_put(strbuf *sb, const char *p, int64_t n) noexcept nogil:
    if n <= 0:
        return
    sb_reserve(sb, n)
    memcpy(sb.data + sb.len, p, <size_t>n)
    sb.len += n


cdef void sb_put_cstr(strbuf *sb, const char *p) noexcept nogil:
    sb_put(sb, p, <int64_t>strlen(p))


cdef void sb_put_str(strbuf *sb, const mesh_string *s) noexcept nogil:
    sb_put(sb, s.bytes, s.len)


cdef void sb_put_cp(strbuf *sb, uint32_t cp) noexcept nogil:
    cdef char enc[4]
    sb_put(sb, enc, utf8_encode(cp, enc))


cdef mesh_string *sb_finish(strbuf *sb) noexcept nogil:
    cdef mesh_string *s = mesh_rt_string_new(sb.data, sb.len)
    free(sb.data)
    sb_init(sb)
    return s


cdef void sb_free(strbuf *sb) noexcept nogil:
    free(sb.data)
    sb_init(sb)


cdef public mesh_string *mesh_rt_string_concat_n(mesh_string *const *parts,
                                                 int64_t n) noexcept nogil:
    cdef int64_t i, total = 0, at = 0
    cdef mesh_string *s
    for i in range(n):
        total += parts[i].len
    if n == 1:
        return parts[0]
    if total == 0:
        return MESH_STATIC_EMPTY
    s = string_alloc(total)
    s.len = total
    for i in range(n):
        if parts[i].len > 0:
            memcpy(s.bytes + at, parts[i].bytes, <size_t>parts[i].len)
            at += parts[i].len
    return s


cdef public mesh_string *mesh_rt_string_quote(const mesh_string *s) noexcept nogil:
    # Debug form (spec 05 s8.2): quotes; \" \\ \n \t \r; other control
    # characters (C0, DEL, C1) as \u{XX} in lowercase hex without padding.
    cdef strbuf sb
    cdef int64_t i = 0, start = 0, width, k
    cdef unsigned int c
    cdef char esc[16]
    cdef const char *hexdigits = b"0123456789abcdef"
    sb_init(&sb)
    sb_reserve(&sb, s.len + 2)
    sb_put(&sb, b'"', 1)
    while i < s.len:
        c = <unsigned char>s.bytes[i]
        width = 1
        if c == 0xC2 and i + 1 < s.len and <unsigned char>s.bytes[i + 1] < 0xA0:
            c = <unsigned char>s.bytes[i + 1]     # U+0080..U+009F
            width = 2
        elif c >= 0x20 and c != 0x22 and c != 0x5C and c != 0x7F:
            i += 1
            continue
        sb_put(&sb, s.bytes + start, i - start)
        i += width
        start = i
        if c == 0x22:
            sb_put(&sb, b'\\"', 2)
        elif c == 0x5C:
            sb_put(&sb, b"\\\\", 2)
        elif c == 0x0A:
            sb_put(&sb, b"\\n", 2)
        elif c == 0x09:
            sb_put(&sb, b"\\t", 2)
        elif c == 0x0D:
            sb_put(&sb, b"\\r", 2)
        else:
            esc[0] = b'\\'
            esc[1] = b'u'
            esc[2] = b'{'
            k = 3
            if c >= 16:
                esc[k] = hexdigits[c >> 4]
                k += 1
            esc[k] = hexdigits[c & 15]
            esc[k + 1] = b'}'
            sb_put(&sb, esc, k + 2)
    sb_put(&sb, s.bytes + start, s.len - start)
    sb_put(&sb, b'"', 1)
    return sb_finish(&sb)
