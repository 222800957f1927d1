# Json.encode and friends, Json.get / Json.get_nested (spec 11 s13.2).
# ABI: mesh_rt.h, "JSON".
#
# Compact output (no spaces).  Strings escape `"`, `\` and the control
# characters (\n \t \r \b \f by name, others as \u00xx); everything else,
# non-ASCII included, is copied as UTF-8.  Floats: NaN and +-inf are
# `null`; otherwise the shortest digits that read back (numfmt's
# shortest_digits), always with a `.` or an exponent, in the same form as
# Python's repr: positional for decimal exponents -4..15 (`2.0`, `0.0001`,
# `1e+16`, `1e-05`), so `json.dumps` output is reproduced exactly.

from libc.stdint cimport int8_t, int64_t
from libc.math cimport isnan, isinf, signbit
from libc.stdio cimport snprintf

cdef void json_put_string(strbuf *sb, const char *p, int64_t n) noexcept nogil:
    cdef int64_t i, run = 0
    cdef unsigned char c
    cdef char esc[6]
    cdef const char *hex_digits = b"0123456789abcdef"
    sb_put(sb, b"\"", 1)
    for i in range(n):
        c = <unsigned char>p[i]
        if c >= 0x20 and c != b'"' and c != b'\\':
            continue
        sb_put(sb, p + run, i - run)
        run = i + 1
        if c == b'"':
            sb_put(sb, b"\\\"", 2)
        elif c == b'\\':
            sb_put(sb, b"\\\\", 2)
        elif c == b'\n':
            sb_put(sb, b"\\n", 2)
        elif c == b'\t':
            sb_put(sb, b"\\t", 2)
        elif c == b'\r':
            sb_put(sb, b"\\r", 2)
        elif c == b'\b':
            sb_put(sb, b"\\b", 2)
        elif c == b'\f':
            sb_put(sb, b"\\f", 2)
        else:
            esc[0] = b'\\'
            esc[1] = b'u'
            esc[2] = b'0'
            esc[3] = b'0'
            esc[4] = hex_digits[c >> 4]
            esc[5] = hex_digits[c & 15]
            sb_put(sb, esc, 6)
    sb_put(sb, p + run, n - run)
    sb_put(sb, b"\"", 1)


cdef void json_put_int(strbuf *sb, int64_t value) noexcept nogil:
    cdef char text[INT_TEXT_MAX]
    sb_put(sb, text, <int64_t>format_int(value, text))


cdef void json_put_zeros(strbuf *sb, int64_t n) noexcept nogil:
    while n > 0:
        sb_put(sb, b"0", 1)
        n -= 1


cdef void json_put_float(strbuf *sb, double value) noexcept nogil:
    cdef char digits[24]
    cdef char expo[8]
    cdef int n, exp10 = 0, point
    if isnan(value) or isinf(value):
        sb_put(sb, b"null", 4)
        return
    if signbit(value):
        sb_put(sb, b"-", 1)
        value = -value
    if value == 0.0:
        sb_put(sb, b"0.0", 3)
        return
    n = shortest_digits(value, digits, &exp10)
    while n > 1 and digits[n - 1] == b'0':
        n -= 1
    if exp10 < -4 or exp10 >= 16:
        sb_put(sb, digits, 1)
        if n > 1:
            sb_put(sb, b".", 1)
            sb_put(sb, digits + 1, n - 1)
        sb_put(sb, expo, snprintf(expo, sizeof(expo), "e%+03d", exp10))
        return
    point = exp10 + 1
    if point <= 0:
        sb_put(sb, b"0.", 2)
        json_put_zeros(sb, -point)
        sb_put(sb, digits, n)
    elif point >= n:
        sb_put(sb, digits, n)
        json_put_zeros(sb, point - n)
        sb_put(sb, b".0", 2)
    else:
        sb_put(sb, digits, point)
        sb_put(sb, b".", 1)
        sb_put(sb, digits + point, n - point)


cdef void json_put_value(strbuf *sb, const mesh_json *j) noexcept nogil:
    cdef const mesh_list *xs
    cdef const mesh_map *m
    cdef const mesh_string *s
    cdef int64_t i, cursor
    cdef mesh_word k, v
    cdef bint first
    if j.tag == MESH_JSON_NULL:
        sb_put(sb, b"null", 4)
    elif j.tag == MESH_JSON_BOOL:
        if j.payload:
            sb_put(sb, b"true", 4)
        else:
            sb_put(sb, b"false", 5)
    elif j.tag == MESH_JSON_INT:
        json_put_int(sb, <int64_t>j.payload)
    elif j.tag == MESH_JSON_FLOAT:
        json_put_float(sb, json_float(j))
    elif j.tag == MESH_JSON_STRING:
        s = <const mesh_string *>j.payload
        json_put_string(sb, s.bytes, s.len)
    elif j.tag == MESH_JSON_ARRAY:
        xs = <const mesh_list *>j.payload
        sb_put(sb, b"[", 1)
        for i in range(xs.len):
            if i > 0:
                sb_put(sb, b",", 1)
            json_put_value(sb, <const mesh_json *>xs.store.elems[xs.off + i])
        sb_put(sb, b"]", 1)
    else:
        m = <const mesh_map *>j.payload
        sb_put(sb, b"{", 1)
        first = True
        cursor = mesh_rt_map_next(m, 0, &k, &v)
        while cursor >= 0:
            if not first:
                sb_put(sb, b",", 1)
            first = False
            s = <const mesh_string *>k
            json_put_string(sb, s.bytes, s.len)
            sb_put(sb, b":", 1)
            json_put_value(sb, <const mesh_json *>v)
            cursor = mesh_rt_map_next(m, cursor, &k, &v)
        sb_put(sb, b"}", 1)


# ---- encoding ------------------------------------------------------------------

cdef public mesh_string *mesh_rt_json_encode(const mesh_json *j) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    json_put_value(&sb, j)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_json_encode_string(const mesh_string *s) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    json_put_string(&sb, s.bytes, s.len)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_json_encode_int(int64_t n) noexcept nogil:
    return mesh_rt_int_to_string(n)


cdef public mesh_string *mesh_rt_json_encode_float(double x) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    json_put_float(&sb, x)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_json_encode_bool(int8_t b) noexcept nogil:
    return mesh_rt_bool_to_string(b)


cdef public mesh_string *mesh_rt_json_encode_map(const mesh_map *m) noexcept nogil:
    # Map<String, String> -> an object with string values, in map order.
    cdef strbuf sb
    cdef mesh_word k, v
    cdef int64_t cursor
    cdef const mesh_string *s
    sb_init(&sb)
    sb_put(&sb, b"{", 1)
    cursor = mesh_rt_map_next(m, 0, &k, &v)
    while cursor >= 0:
        if sb.len > 1:
            sb_put(&sb, b",", 1)
        s = <const mesh_string *>k
        json_put_string(&sb, s.bytes, s.len)
        sb_put(&sb, b":", 1)
        s = <const mesh_string *>v
        json_put_string(&sb, s.bytes, s.len)
        cursor = mesh_rt_map_next(m, cursor, &k, &v)
    sb_put(&sb, b"}", 1)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_json_encode_list(const mesh_list *xs) noexcept nogil:
    # List<String> -> an array of strings.
    cdef strbuf sb
    cdef int64_t i
    cdef const mesh_string *s
    sb_init(&sb)
    sb_put(&sb, b"[", 1)
    for i in range(xs.len):
        if i > 0:
            sb_put(&sb, b",", 1)
        s = <const mesh_string *>xs.store.elems[xs.off + i]
        json_put_string(&sb, s.bytes, s.len)
    sb_put(&sb, b"]", 1)
    return sb_finish(&sb)


# ---- Json.get / Json.get_nested --------------------------------------------------

cdef const mesh_json *json_member(const mesh_json *j, const mesh_string *key) noexcept nogil:
    # The member `key` of an object, or NULL (not an object, or missing).
    cdef mesh_word v
    if j == NULL or j.tag != MESH_JSON_OBJECT:
        return NULL
    if mesh_rt_map_get(<const mesh_map *>j.payload, <mesh_word>key, &v):
        return <const mesh_json *>v
    return NULL


cdef mesh_string *json_member_text(const mesh_json *j) noexcept nogil:
    # Strings unquoted, null and missing "", everything else as JSON text.
    if j == NULL or j.tag == MESH_JSON_NULL:
        return mesh_rt_string_new(b"", 0)
    if j.tag == MESH_JSON_STRING:
        return <mesh_string *>j.payload
    return mesh_rt_json_encode(j)


cdef const mesh_json *json_parse_or_null(const mesh_string *src) noexcept nogil:
    cdef mesh_json *j
    cdef mesh_string *err
    if mesh_rt_json_parse(src, &j, &err):
        return j
    return NULL


cdef public mesh_string *mesh_rt_json_get(const mesh_json *j,
                                          const mesh_string *key) noexcept nogil:
    return json_member_text(json_member(j, key))


cdef public mesh_string *mesh_rt_json_get_nested(const mesh_json *j,
                                                 const mesh_string *k1,
                                                 const mesh_string *k2) noexcept nogil:
    return json_member_text(json_member(json_member(j, k1), k2))


cdef public mesh_string *mesh_rt_json_get_text(const mesh_string *src,
                                               const mesh_string *key) noexcept nogil:
    # Invalid text behaves as a missing member: "".
    return mesh_rt_json_get(json_parse_or_null(src), key)


cdef public mesh_string *mesh_rt_json_get_nested_text(const mesh_string *src,
                                                      const mesh_string *k1,
                                                      const mesh_string *k2) noexcept nogil:
    return mesh_rt_json_get_nested(json_parse_or_null(src), k1, k2)
