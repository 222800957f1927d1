# String.to_int / String.to_float (spec 11 s2): trim Unicode whitespace,
# then accept exactly the grammar below; anything else is None (return 0).
#   to_int:   [+-]? digit+                      (must fit in 64-bit signed)
#   to_float: [+-]? (digit+ ('.' digit*)? | '.' digit+) ([eE] [+-]? digit+)?
#             | [+-]? (inf | infinity | nan)     (any letter case)
# The float grammar is checked here and only then handed to strtod, which
# by itself would also take hex floats, "infinit" prefixes and locales.

from libc.stdint cimport int8_t, int64_t, uint64_t, uint32_t, INT64_MAX
from libc.stdlib cimport strtod, malloc, free
from libc.string cimport memcpy
from libc.math cimport INFINITY, NAN

cdef enum:
    FLOAT_TEXT_LIMIT = 512      # longer texts go through a malloc'd copy
    DIGIT_0 = 48
    DIGIT_9 = 57


cdef public int8_t mesh_rt_string_to_int(const mesh_string *s,
                                         int64_t *out) noexcept nogil:
    cdef int64_t a, b, i
    cdef bint negative = False
    cdef uint64_t acc = 0, limit, digit
    cdef unsigned int c
    trimmed_bounds(s, &a, &b)
    i = a
    if i < b and (s.bytes[i] == b'+' or s.bytes[i] == b'-'):
        negative = s.bytes[i] == b'-'
        i += 1
    if i >= b:
        return 0
    # Magnitude limit: 2^63 - 1, or 2^63 for a negative number.
    limit = <uint64_t>INT64_MAX + (1 if negative else 0)
    while i < b:
        c = <unsigned char>s.bytes[i]
        if c < DIGIT_0 or c > DIGIT_9:
            return 0
        digit = c - DIGIT_0
        if acc > (limit - digit) // 10:
            return 0
        acc = acc * 10 + digit
        i += 1
    out[0] = <int64_t>(0 - acc) if negative else <int64_t>acc
    return 1


cdef bint word_is(const char *p, int64_t n, const char *lower_word,
                  int64_t m) noexcept nogil:
    # Case-insensitive ASCII comparison of p[0:n] with a lowercase word.
    cdef int64_t i
    cdef char c
    if n != m:
        return False
    for i in range(n):
        c = p[i]
        if c >= b'A' and c <= b'Z':
            c = c + 32
        if c != lower_word[i]:
            return False
    return True


cdef int64_t skip_digits(const char *p, int64_t i, int64_t b) noexcept nogil:
    while i < b and p[i] >= b'0' and p[i] <= b'9':
        i += 1
    return i


cdef bint float_syntax_ok(const char *p, int64_t a, int64_t b) noexcept nogil:
    cdef int64_t i = a, j
    cdef bint digits = False
    if i < b and (p[i] == b'+' or p[i] == b'-'):
        i += 1
    j = skip_digits(p, i, b)
    digits = j > i
    i = j
    if i < b and p[i] == b'.':
        j = skip_digits(p, i + 1, b)
        digits = digits or j > i + 1
        i = j
    if not digits:
        return False
    if i < b and (p[i] == b'e' or p[i] == b'E'):
        i += 1
        if i < b and (p[i] == b'+' or p[i] == b'-'):
            i += 1
        j = skip_digits(p, i, b)
        if j == i:
            return False
        i = j
    return i == b


cdef public int8_t mesh_rt_string_to_float(const mesh_string *s,
                                           double *out) noexcept nogil:
    cdef int64_t a, b, i
    cdef bint negative
    cdef char small[FLOAT_TEXT_LIMIT]
    cdef char *text
    trimmed_bounds(s, &a, &b)
    i = a
    negative = i < b and s.bytes[i] == b'-'
    if i < b and (s.bytes[i] == b'+' or s.bytes[i] == b'-'):
        i += 1
    if (word_is(s.bytes + i, b - i, b"inf", 3)
            or word_is(s.bytes + i, b - i, b"infinity", 8)):
        out[0] = -INFINITY if negative else INFINITY
        return 1
    if word_is(s.bytes + i, b - i, b"nan", 3):
        out[0] = NAN
        return 1
    if not float_syntax_ok(s.bytes, a, b):
        return 0
    if b - a < FLOAT_TEXT_LIMIT:
        memcpy(small, s.bytes + a, <size_t>(b - a))
        small[b - a] = 0
        out[0] = strtod(small, NULL)
        return 1
    # A long digit string: strtod needs a NUL right after it.
    text = <char *>malloc(<size_t>(b - a + 1))
    if text == NULL:
        panic_with(b"out of memory", 13, NULL, 0)
    memcpy(text, s.bytes + a, <size_t>(b - a))
    text[b - a] = 0
    out[0] = strtod(text, NULL)
    free(text)
    return 1
