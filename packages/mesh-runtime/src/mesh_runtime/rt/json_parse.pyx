# Json.parse (spec 11 s13.2): a strict RFC 8259 parser from a String to a
# Json value (rt/json_values.pyx).  ABI: mesh_rt_json_parse in mesh_rt.h.
#
# Recursive descent over the UTF-8 bytes (valid by the String invariant).
# Decisions beyond the RFC grammar:
#   - numbers without fraction or exponent that fit in Int are JsonInt,
#     all others JsonFloat (spec); out-of-range magnitudes give +-inf;
#   - a \u escape of a lone surrogate (grammatical, but not a character)
#     becomes U+FFFD, since a String holds valid UTF-8 only;
#   - duplicate keys: the last value wins, the first position is kept
#     (Map.put);
#   - nesting deeper than MAX_DEPTH arrays/objects is an error, so a
#     process stack is never exhausted by input.
# Errors name the problem and where it was found, as
# "expected value at line 1 column 1": lines count "\n", columns count code
# points, both from 1.

from libc.stdint cimport int8_t, int64_t, uint32_t, uint64_t
from libc.stdlib cimport strtod, malloc, free
from libc.string cimport memcpy
from libc.stdio cimport snprintf

cdef enum:
    MAX_DEPTH = 512
    NUM_BUF = 64

cdef inline void fail(json_parser *p, const char *message, int64_t at) noexcept nogil:
    if p.error == NULL:
        p.error = message
        p.error_pos = at


cdef inline void skip_ws(json_parser *p) noexcept nogil:
    cdef char c
    while p.pos < p.len:
        c = p.text[p.pos]
        if c != b' ' and c != b'\t' and c != b'\n' and c != b'\r':
            return
        p.pos += 1


cdef inline bint at_char(json_parser *p, char c) noexcept nogil:
    return p.pos < p.len and p.text[p.pos] == c


cdef inline bint is_digit(json_parser *p, int64_t i) noexcept nogil:
    return i < p.len and b'0' <= p.text[i] <= b'9'


cdef int hex_value(char c) noexcept nogil:
    if b'0' <= c <= b'9':
        return c - 48
    if b'a' <= c <= b'f':
        return c - 87
    if b'A' <= c <= b'F':
        return c - 55
    return -1


cdef int64_t read_hex4(json_parser *p, int64_t i) noexcept nogil:
    # The 4 hex digits at i, or -1.
    cdef int64_t v = 0, k
    cdef int h
    if i + 4 > p.len:
        return -1
    for k in range(4):
        h = hex_value(p.text[i + k])
        if h < 0:
            return -1
        v = v * 16 + h
    return v


cdef bint parse_literal(json_parser *p, const char *word, int64_t n) noexcept nogil:
    # Consumes `word` (null, true, false) or fails.
    cdef int64_t k
    if p.pos + n > p.len:
        fail(p, b"expected value", p.pos)
        return False
    for k in range(n):
        if p.text[p.pos + k] != word[k]:
            fail(p, b"expected value", p.pos)
            return False
    p.pos += n
    return True


cdef mesh_json *parse_number(json_parser *p) noexcept nogil:
    cdef int64_t start = p.pos, i = p.pos, n
    cdef bint integral = True, neg = False
    cdef uint64_t mag = 0, limit, digit
    cdef bint fits = True
    cdef char small[NUM_BUF]
    cdef char *buf
    cdef double value
    if p.text[i] == b'-':
        neg = True
        i += 1
    if not is_digit(p, i):
        fail(p, b"invalid number", start)
        return NULL
    if p.text[i] == b'0':
        i += 1
        if is_digit(p, i):
            fail(p, b"invalid number (leading zero)", start)
            return NULL
    else:
        while is_digit(p, i):
            i += 1
    if i < p.len and p.text[i] == b'.':
        integral = False
        i += 1
        if not is_digit(p, i):
            fail(p, b"invalid number", start)
            return NULL
        while is_digit(p, i):
            i += 1
    if i < p.len and (p.text[i] == b'e' or p.text[i] == b'E'):
        integral = False
        i += 1
        if i < p.len and (p.text[i] == b'+' or p.text[i] == b'-'):
            i += 1
        if not is_digit(p, i):
            fail(p, b"invalid number", start)
            return NULL
        while is_digit(p, i):
            i += 1
    p.pos = i
    if integral:
        # Int when the magnitude fits: up to 2^63 - 1, or 2^63 if negative.
        limit = (<uint64_t>1 << 63) - (0 if neg else 1)
        for n in range(start + (1 if neg else 0), i):
            digit = <uint64_t>(p.text[n] - 48)
            if mag > (limit - digit) // 10:
                fits = False
                break
            mag = mag * 10 + digit
        if fits:
            return json_new(MESH_JSON_INT, (~mag + 1) if neg else mag)
    # strtod on an exact copy: the grammar was checked above, and the text
    # after the number must not be read (strtod would take "0x1" as hex).
    n = i - start
    if n < NUM_BUF:
        buf = &small[0]
    else:
        buf = <char *>malloc(<size_t>(n + 1))
    if buf == NULL:
        panic_with(b"out of memory", 13, NULL, 0)
    memcpy(buf, p.text + start, <size_t>n)
    buf[n] = 0
    value = strtod(buf, NULL)
    if buf != &small[0]:
        free(buf)
    return json_new_float(value)


cdef mesh_string *parse_string_text(json_parser *p) noexcept nogil:
    # p.pos is at the opening quote.  Returns the unescaped text, or NULL.
    cdef int64_t start = p.pos, i = p.pos + 1, run
    cdef unsigned char c
    cdef int64_t cp, lo
    cdef char enc[4]
    cdef strbuf sb
    cdef bint escaped = False
    # Fast path: no escapes, so the text is a slice of the input.
    while i < p.len:
        c = <unsigned char>p.text[i]
        if c == b'"' or c == b'\\' or c < 0x20:
            break
        i += 1
    if i < p.len and p.text[i] == b'"':
        p.pos = i + 1
        return mesh_rt_string_new(p.text + start + 1, i - start - 1)
    sb_init(&sb)
    sb_put(&sb, p.text + start + 1, i - start - 1)
    while True:
        if i >= p.len:
            fail(p, b"unterminated string starting", start)
            break
        c = <unsigned char>p.text[i]
        if c == b'"':
            p.pos = i + 1
            return sb_finish(&sb)
        if c < 0x20:
            fail(p, b"invalid control character in string", i)
            break
        if c != b'\\':
            run = i
            while i < p.len:
                c = <unsigned char>p.text[i]
                if c == b'"' or c == b'\\' or c < 0x20:
                    break
                i += 1
            sb_put(&sb, p.text + run, i - run)
            continue
        # An escape.
        if i + 1 >= p.len:
            fail(p, b"unterminated string starting", start)
            break
        c = <unsigned char>p.text[i + 1]
        if c == b'"' or c == b'\\' or c == b'/':
            sb_put(&sb, <char *>&c, 1)
        elif c == b'b':
            sb_put(&sb, b"\b", 1)
        elif c == b'f':
            sb_put(&sb, b"\f", 1)
        elif c == b'n':
            sb_put(&sb, b"\n", 1)
        elif c == b'r':
            sb_put(&sb, b"\r", 1)
        elif c == b't':
            sb_put(&sb, b"\t", 1)
        elif c == b'u':
            cp = read_hex4(p, i + 2)
            if cp < 0:
                fail(p, b"invalid \\u escape", i)
                break
            i += 6
            if 0xD800 <= cp <= 0xDBFF:
                # A high surrogate pairs with a following \u low surrogate.
                lo = -1
                if i + 1 < p.len and p.text[i] == b'\\' and p.text[i + 1] == b'u':
                    lo = read_hex4(p, i + 2)
                if 0xDC00 <= lo <= 0xDFFF:
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    i += 6
                else:
                    cp = 0xFFFD
            elif 0xDC00 <= cp <= 0xDFFF:
                cp = 0xFFFD
            sb_put(&sb, enc, utf8_encode(<uint32_t>cp, enc))
            continue
        else:
            fail(p, b"invalid escape", i)
            break
        i += 2
    sb_free(&sb)
    return NULL


cdef mesh_json *parse_array(json_parser *p) noexcept nogil:
    cdef mesh_list *xs = list_with_capacity(&mesh_rt_list_json_desc, 0)
    cdef mesh_json *item
    p.pos += 1
    skip_ws(p)
    if at_char(p, b']'):
        p.pos += 1
        return json_new(MESH_JSON_ARRAY, <mesh_word>xs)
    while True:
        item = <mesh_json *>parse_value(p)
        if item == NULL:
            return NULL
        list_push(xs, <mesh_word>item)
        skip_ws(p)
        if at_char(p, b','):
            p.pos += 1
            continue
        if at_char(p, b']'):
            p.pos += 1
            return json_new(MESH_JSON_ARRAY, <mesh_word>xs)
        fail(p, b"expected ',' or ']'", p.pos)
        return NULL


cdef mesh_json *parse_object(json_parser *p) noexcept nogil:
    cdef mesh_map *m = mesh_rt_map_new(&mesh_rt_map_string_json_desc)
    cdef mesh_string *key
    cdef mesh_json *value
    p.pos += 1
    skip_ws(p)
    if at_char(p, b'}'):
        p.pos += 1
        return json_new(MESH_JSON_OBJECT, <mesh_word>m)
    while True:
        if not at_char(p, b'"'):
            fail(p, b"expected string key", p.pos)
            return NULL
        key = parse_string_text(p)
        if key == NULL:
            return NULL
        skip_ws(p)
        if not at_char(p, b':'):
            fail(p, b"expected ':'", p.pos)
            return NULL
        p.pos += 1
        value = <mesh_json *>parse_value(p)
        if value == NULL:
            return NULL
        m = mesh_rt_map_put(m, <mesh_word>key, <mesh_word>value)
        skip_ws(p)
        if at_char(p, b','):
            p.pos += 1
            skip_ws(p)
            continue
        if at_char(p, b'}'):
            p.pos += 1
            return json_new(MESH_JSON_OBJECT, <mesh_word>m)
        fail(p, b"expected ',' or '}'", p.pos)
        return NULL


cdef void *parse_value(json_parser *p) noexcept nogil:
    cdef char c
    cdef mesh_json *v
    cdef mesh_string *s
    skip_ws(p)
    if p.pos >= p.len:
        fail(p, b"expected value", p.pos)
        return NULL
    c = p.text[p.pos]
    if c == b'"':
        s = parse_string_text(p)
        return json_new(MESH_JSON_STRING, <mesh_word>s) if s != NULL else NULL
    if c == b'-' or b'0' <= c <= b'9':
        return parse_number(p)
    if c == b'n':
        return json_null() if parse_literal(p, b"null", 4) else NULL
    if c == b't':
        return json_new(MESH_JSON_BOOL, 1) if parse_literal(p, b"true", 4) else NULL
    if c == b'f':
        return json_new(MESH_JSON_BOOL, 0) if parse_literal(p, b"false", 5) else NULL
    if c == b'[' or c == b'{':
        if p.depth >= MAX_DEPTH:
            fail(p, b"nesting deeper than 512 levels", p.pos)
            return NULL
        p.depth += 1
        v = parse_array(p) if c == b'[' else parse_object(p)
        p.depth -= 1
        return v
    fail(p, b"expected value", p.pos)
    return NULL


cdef mesh_string *parse_error_text(json_parser *p) noexcept nogil:
    # "<message> at line L column C" for the byte offset of the error.
    cdef int64_t line = 1, column = 1, i = 0
    cdef unsigned char c
    cdef char where[64]
    cdef strbuf sb
    while i < p.error_pos and i < p.len:
        c = <unsigned char>p.text[i]
        if c == b'\n':
            line += 1
            column = 1
        elif (c & 0xC0) != 0x80:
            column += 1
        i += 1
    sb_init(&sb)
    sb_put_cstr(&sb, p.error)
    sb_put(&sb, where, snprintf(where, sizeof(where), " at line %lld column %lld",
                                <long long>line, <long long>column))
    return sb_finish(&sb)


cdef public int8_t mesh_rt_json_parse(const mesh_string *s, mesh_json **out,
                                      mesh_string **err) noexcept nogil:
    cdef json_parser p
    cdef mesh_json *v
    p.text = <const char *>s.bytes
    p.len = s.len
    p.pos = 0
    p.depth = 0
    p.error = NULL
    p.error_pos = 0
    v = <mesh_json *>parse_value(&p)
    if v != NULL:
        skip_ws(&p)
        if p.pos < p.len:
            fail(&p, b"unexpected text after the value", p.pos)
            v = NULL
    if v == NULL:
        err[0] = parse_error_text(&p)
        return 0
    out[0] = v
    return 1
