# Number formatting (declared in numfmt.pxd).
#
# Floats follow spec 05 s8.3: the shortest digit string that reads back as
# the same double, written positionally.  The digits come from the C
# library, which formats and parses exactly (glibc, musl): for p = 1..17 we
# take the correctly rounded p-digit form and keep the first that reads back.
# Near a power of two the round-trip interval is lopsided, so the nearest
# p-digit string can miss while its neighbour on the other side of the
# value still reads back; that neighbour is tried too, which makes the
# result equal to the shortest-nearest digits of Python's repr.  Locale:
# the runtime never calls setlocale, so "." is the C-locale point.

from libc.stdint cimport int64_t, uint64_t
from libc.stdio cimport snprintf
from libc.stdlib cimport strtod
from libc.math cimport isnan, isinf, signbit

cdef enum:
    CHAR_ZERO = 48     # '0'


cdef size_t format_int(int64_t value, char *out) noexcept nogil:
    cdef char rev[INT_TEXT_MAX]
    cdef size_t n = 0, i = 0
    # Work on the magnitude as unsigned so INT64_MIN needs no special case.
    cdef uint64_t mag = <uint64_t>value
    if value < 0:
        mag = (~mag) + 1
        out[0] = b'-'
        i = 1
    while True:
        rev[n] = <char>(CHAR_ZERO + <int>(mag % 10))
        n += 1
        mag //= 10
        if mag == 0:
            break
    while n > 0:
        n -= 1
        out[i] = rev[n]
        i += 1
    out[i] = 0
    return i


cdef int parse_scientific(const char *text, char *digits, int *exp10) noexcept nogil:
    # Splits "d.ddde[+-]xx" into its digit string and exponent; returns the
    # number of digits.
    cdef int n = 0, e = 0, neg = 0
    cdef const char *p = text
    while p[0] != 0 and p[0] != b'e':
        if b'0' <= p[0] <= b'9':
            digits[n] = p[0]
            n += 1
        p += 1
    if p[0] == b'e':
        p += 1
        if p[0] == b'-':
            neg = 1
            p += 1
        elif p[0] == b'+':
            p += 1
        while b'0' <= p[0] <= b'9':
            e = e * 10 + (p[0] - CHAR_ZERO)
            p += 1
    exp10[0] = -e if neg else e
    return n


cdef double read_back(const char *digits, int n, int exp10) noexcept nogil:
    # The double nearest to 0.d1d2...dn x 10^(exp10+1).
    cdef char text[64]
    cdef int i, k = 0
    text[k] = b'0'
    text[k + 1] = b'.'
    k = 2
    for i in range(n):
        text[k] = digits[i]
        k += 1
    snprintf(text + k, 64 - k, "e%d", exp10 + 1)
    return strtod(text, NULL)


cdef int step_last_digit(char *digits, int n, int *exp10, int up) noexcept nogil:
    # Adds (up) or subtracts one unit in the last place of a positive digit
    # string, keeping exp10 the exponent of the first digit: 99..9 + 1 is
    # 10..0 one order higher (still n digits); 10..0 - 1 is 9..9 one order
    # lower (n - 1 digits).  Returns the new digit count, 0 for zero.
    cdef int i = n - 1
    if up:
        while i >= 0 and digits[i] == b'9':
            digits[i] = b'0'
            i -= 1
        if i >= 0:
            digits[i] += 1
            return n
        # 99..9 + 1 = 100..0: same count of digits, one order higher.
        digits[0] = b'1'
        for i in range(1, n):
            digits[i] = b'0'
        exp10[0] += 1
        return n
    while i >= 0 and digits[i] == b'0':
        digits[i] = b'9'
        i -= 1
    if i < 0:
        return 0
    digits[i] -= 1
    if digits[0] == b'0':
        # 10..0 - 1 = 9..9 with one digit less at the front.
        if n == 1:
            return 0
        for i in range(n - 1):
            digits[i] = digits[i + 1]
        exp10[0] -= 1
        return n - 1
    return n


cdef int shortest_digits(double v, char *digits, int *exp10) noexcept nogil:
    # v finite and > 0.  Writes the shortest round-trip digits (no leading
    # or trailing zeros) and the decimal exponent of the first digit.
    cdef char text[48]
    cdef char alt[24]
    cdef int p, alt_n, alt_exp, i
    cdef int n = 0
    cdef double back
    for p in range(1, 18):
        snprintf(text, sizeof(text), "%.*e", p - 1, v)
        n = parse_scientific(text, digits, exp10)
        back = read_back(digits, n, exp10[0])
        if back == v:
            return n
        for i in range(n):
            alt[i] = digits[i]
        alt_exp = exp10[0]
        alt_n = step_last_digit(alt, n, &alt_exp, back < v)
        if alt_n == n and read_back(alt, alt_n, alt_exp) == v:
            for i in range(n):
                digits[i] = alt[i]
            exp10[0] = alt_exp
            return n
    # 17 significant digits always read back; not reached.
    return n


cdef size_t format_float(double value, char *out) noexcept nogil:
    cdef char digits[24]
    cdef int n, point, i
    cdef int exp10 = 0
    cdef size_t k = 0
    if isnan(value):
        out[0] = b'N'; out[1] = b'a'; out[2] = b'N'; out[3] = 0
        return 3
    if signbit(value):
        out[k] = b'-'
        k += 1
        value = -value
    if isinf(value):
        out[k] = b'i'; out[k + 1] = b'n'; out[k + 2] = b'f'
        k += 3
        out[k] = 0
        return k
    if value == 0.0:
        out[k] = b'0'
        out[k + 1] = 0
        return k + 1
    n = shortest_digits(value, digits, &exp10)
    while n > 1 and digits[n - 1] == b'0':
        n -= 1
    # `point` = how many digits stand before the decimal point.
    point = exp10 + 1
    if point <= 0:
        out[k] = b'0'
        out[k + 1] = b'.'
        k += 2
        for i in range(-point):
            out[k] = b'0'
            k += 1
        for i in range(n):
            out[k] = digits[i]
            k += 1
    elif point >= n:
        for i in range(n):
            out[k] = digits[i]
            k += 1
        for i in range(point - n):
            out[k] = b'0'
            k += 1
    else:
        for i in range(point):
            out[k] = digits[i]
            k += 1
        out[k] = b'.'
        k += 1
        for i in range(point, n):
            out[k] = digits[i]
            k += 1
    out[k] = 0
    return k
