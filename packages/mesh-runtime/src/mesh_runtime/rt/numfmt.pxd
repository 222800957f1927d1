# Number -> text into caller buffers (no allocation), used by strings, JSON
# and the panic writer.

from libc.stdint cimport int64_t

# Longest outputs: "-9223372036854775808" (20) and the positional form of
# the smallest subnormal double, "0." + 323 zeros + "5" (326 bytes).
cdef enum:
    INT_TEXT_MAX = 24
    FLOAT_TEXT_MAX = 352

cdef size_t format_int(int64_t value, char *out) noexcept nogil
cdef size_t format_float(double value, char *out) noexcept nogil
# The shortest round-trip digits of a finite v > 0 (at most 17, into a
# buffer of 20) and the decimal exponent of the first; returns their count.
cdef int shortest_digits(double v, char *digits, int *exp10) noexcept nogil
