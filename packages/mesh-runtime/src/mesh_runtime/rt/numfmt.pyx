# Number formatting (declared in numfmt.pxd).
#
# Ints: two digits per division by 100, from a table of digit pairs.
# Floats follow spec 05 s8.3: the shortest digit string that reads back as
# the same double (the closest to it among those, as Python's repr), from
# rt/numfmt_shortest.pyx, written positionally.  No libc formatting, so no
# locale either.

from libc.stdint cimport int32_t, int64_t, uint32_t, uint64_t
from libc.string cimport memcpy
from libc.math cimport isnan, isinf, signbit

include "numfmt_shortest.pyx"

cdef enum:
    CHAR_ZERO = 48     # '0'
    U64_DIGITS_MAX = 20


cdef inline size_t write_decimal(uint64_t value, char *out) noexcept nogil:
    # The decimal digits of value (no sign, no NUL); returns their count.
    cdef const char *pairs = (
        b"00010203040506070809101112131415161718192021222324"
        b"25262728293031323334353637383940414243444546474849"
        b"50515253545556575859606162636465666768697071727374"
        b"75767778798081828384858687888990919293949596979899")
    cdef char buf[U64_DIGITS_MAX]
    cdef size_t pos = U64_DIGITS_MAX
    cdef uint32_t r
    while value >= 100:
        r = <uint32_t>(value % 100) * 2
        value //= 100
        pos -= 2
        buf[pos] = pairs[r]
        buf[pos + 1] = pairs[r + 1]
    if value >= 10:
        r = <uint32_t>value * 2
        pos -= 2
        buf[pos] = pairs[r]
        buf[pos + 1] = pairs[r + 1]
    else:
        pos -= 1
        buf[pos] = <char>(CHAR_ZERO + <int>value)
    memcpy(out, buf + pos, U64_DIGITS_MAX - pos)
    return U64_DIGITS_MAX - pos


cdef size_t format_int(int64_t value, char *out) noexcept nogil:
    cdef size_t i = 0
    # Work on the magnitude as unsigned so INT64_MIN needs no special case.
    cdef uint64_t mag = <uint64_t>value
    if value < 0:
        mag = (~mag) + 1
        out[0] = b'-'
        i = 1
    i += write_decimal(mag, out + i)
    out[i] = 0
    return i


cdef int shortest_digits(double v, char *digits, int *exp10) noexcept nogil:
    # v finite and > 0.  Writes the shortest round-trip digits as text (no
    # leading or trailing zeros) and sets exp10 to the decimal exponent of
    # the first digit; returns the number of digits (at most 17).
    cdef int32_t last_exp = 0
    cdef uint64_t d = shortest_decimal(v, &last_exp)
    cdef int n = <int>write_decimal(d, digits)
    exp10[0] = last_exp + n - 1
    return n


cdef size_t format_float(double value, char *out) noexcept nogil:
    cdef char digits[U64_DIGITS_MAX]
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
    # `point` = how many digits stand before the decimal point.
    point = exp10 + 1
    if point <= 0:
        out[k] = b'0'
        out[k + 1] = b'.'
        k += 2
        for i in range(-point):
            out[k] = b'0'
            k += 1
        memcpy(out + k, digits, <size_t>n)
        k += n
    elif point >= n:
        memcpy(out + k, digits, <size_t>n)
        k += n
        for i in range(point - n):
            out[k] = b'0'
            k += 1
    else:
        memcpy(out + k, digits, <size_t>point)
        k += point
        out[k] = b'.'
        k += 1
        memcpy(out + k, digits + point, <size_t>(n - point))
        k += n - point
    out[k] = 0
    return k
