# Shortest round-trip decimal of a double (included by rt/numfmt.pyx).
#
# The Ryu method (Ulf Adams, "Ryu: fast float-to-string conversion", PLDI
# 2018), written from the paper.  A positive double is m * 2^e.  Every real
# in the interval between the halfway points to its neighbours reads back as
# it (the end points too when m is even: strtod rounds ties to even).  On
# 4m the interval is [4m - 1 - s, 4m + 2] * 2^(e-2), with s = 0 at a power
# of two, whose lower neighbour is closer.  Scaling the value and both ends
# by one power of ten (one 64 x 128-bit multiplication each, factors in
# csrc/mesh_shortest_tables.h, 125 bits; the paper proves the floors exact)
# gives integers vm <= vr <= vp.  Decimal digits are then removed while the
# interval still holds a number with one digit fewer; the last digit is
# rounded to the nearest, ties to even: the shortest digits and, among
# them, the closest to the value -- which is what Python's repr prints.
#
# Unlike the paper, "the digits removed by the scaling were all zero" is
# computed exactly for every exponent (a divisibility test), not only where
# it is known to matter; it costs a few divisions on small exponents only.

from libc.stdint cimport int32_t, uint32_t, uint64_t
from libc.string cimport memcpy

cdef extern from "mesh_shortest.h" nogil:
    enum:
        MESH_POW5_INV_BITS
        MESH_POW5_BITS
    uint64_t mesh_shortest_mul_pow5_inv(uint64_t m, uint32_t q, int32_t j)
    uint64_t mesh_shortest_mul_pow5(uint64_t m, uint32_t i, int32_t j)

cdef enum:
    MANTISSA_BITS = 52
    EXPONENT_BIAS = 1023


# Integer forms of logarithms, exact over a double's exponents (checked by
# rt/numfmt_tables_gen.py).
cdef inline int32_t pow5_bits(int32_t e) noexcept nogil:
    # ceil(log2(5^e)), 1 for e == 0
    return <int32_t>(((<uint64_t>e) * 1217359) >> 19) + 1


cdef inline int32_t log10_pow2(int32_t e) noexcept nogil:
    # floor(log10(2^e))
    return <int32_t>(((<uint64_t>e) * 78913) >> 18)


cdef inline int32_t log10_pow5(int32_t e) noexcept nogil:
    # floor(log10(5^e))
    return <int32_t>(((<uint64_t>e) * 732923) >> 20)


cdef inline bint divisible_by_pow5(uint64_t x, int32_t p) noexcept nogil:
    # x > 0; 5^p divides x
    while p > 0:
        if x % 5 != 0:
            return False
        x //= 5
        p -= 1
    return True


cdef inline bint divisible_by_pow2(uint64_t x, int32_t p) noexcept nogil:
    # x > 0; 2^p divides x
    return p < 64 and (x & ((<uint64_t>1 << p) - 1)) == 0


cdef uint64_t shortest_decimal(double v, int32_t *exp10) noexcept nogil:
    # v finite and > 0.  Returns d and sets exp10 so that d * 10^exp10 is
    # the shortest decimal that reads back as v, the closest to v of those.
    cdef uint64_t bits, ieee_m, m2, mv, mp, mm, vr, vp, vm, out
    cdef int32_t ieee_e, e2, e10, q, i, shift, removed = 0
    cdef uint32_t last = 0
    cdef bint even, vr_tz = False, vm_tz = False, round_up
    memcpy(&bits, &v, 8)
    ieee_m = bits & ((<uint64_t>1 << MANTISSA_BITS) - 1)
    ieee_e = <int32_t>((bits >> MANTISSA_BITS) & 0x7FF)
    if ieee_e == 0:
        m2 = ieee_m
        e2 = 1 - EXPONENT_BIAS - MANTISSA_BITS
    else:
        m2 = ieee_m | (<uint64_t>1 << MANTISSA_BITS)
        e2 = ieee_e - EXPONENT_BIAS - MANTISSA_BITS

    # Integers below 2^53: no other decimal is closer than half an ulp, so
    # the digits are the integer's (without trailing zeros).
    shift = -e2
    if 0 <= shift <= MANTISSA_BITS and (m2 & ((<uint64_t>1 << shift) - 1)) == 0:
        out = m2 >> shift
        e10 = 0
        while out % 10 == 0:
            out //= 10
            e10 += 1
        exp10[0] = e10
        return out

    # The value and the interval ends on 4m (see the top of the file).
    e2 -= 2
    even = (m2 & 1) == 0
    mv = 4 * m2
    mp = mv + 2
    mm = mv - 1 - (ieee_m != 0 or ieee_e <= 1)

    if e2 >= 0:
        # Divide by 10^q: floor(x * 2^e2 / 10^q) = floor(x * 2^(e2-q) / 5^q).
        # One digit fewer than fits, so at least one is removed below and
        # the last removed digit is known.
        q = log10_pow2(e2) - (e2 > 3)
        e10 = q
        shift = MESH_POW5_INV_BITS + pow5_bits(q) - 1 - e2 + q
        vr = mesh_shortest_mul_pow5_inv(mv, <uint32_t>q, shift)
        vp = mesh_shortest_mul_pow5_inv(mp, <uint32_t>q, shift)
        vm = mesh_shortest_mul_pow5_inv(mm, <uint32_t>q, shift)
        # x * 2^e2 is a multiple of 10^q iff 5^q divides x (e2 >= q);
        # x <= 2^55 + 2 < 5^24 leaves no chance from q = 24 on.
        if q < 24:
            vr_tz = divisible_by_pow5(mv, q)
            vm_tz = even and divisible_by_pow5(mm, q)
            if not even and divisible_by_pow5(mp, q):
                vp -= 1     # the upper end itself does not read back
    else:
        # Multiply by 10^-e10 = 2^-(q+e2) * 5^i with i = -e2 - q:
        # floor(x * 2^e2 * 10^-e10) = floor(x * 5^i / 2^q).
        q = log10_pow5(-e2) - (-e2 > 1)
        e10 = q + e2
        i = -e2 - q
        shift = q - (pow5_bits(i) - MESH_POW5_BITS)
        vr = mesh_shortest_mul_pow5(mv, <uint32_t>i, shift)
        vp = mesh_shortest_mul_pow5(mp, <uint32_t>i, shift)
        vm = mesh_shortest_mul_pow5(mm, <uint32_t>i, shift)
        # x * 5^i / 2^q is an integer iff 2^q divides x.
        vr_tz = divisible_by_pow2(mv, q)
        vm_tz = even and divisible_by_pow2(mm, q)
        if not even and divisible_by_pow2(mp, q):
            vp -= 1

    if vr_tz or vm_tz:
        # Rare (small exponents): track exactness for ties and the lower end.
        while vp // 10 > vm // 10:
            vm_tz = vm_tz and vm % 10 == 0
            vr_tz = vr_tz and last == 0
            last = <uint32_t>(vr % 10)
            vr //= 10
            vp //= 10
            vm //= 10
            removed += 1
        if vm_tz:
            # The lower end is exact and allowed: strip its zeros too.
            while vm % 10 == 0:
                vr_tz = vr_tz and last == 0
                last = <uint32_t>(vr % 10)
                vr //= 10
                vp //= 10
                vm //= 10
                removed += 1
        if vr_tz and last == 5 and vr % 2 == 0:
            last = 4        # an exact tie: round to even
        round_up = (vr == vm and not vm_tz) or last >= 5
    else:
        while vp // 10 > vm // 10:
            last = <uint32_t>(vr % 10)
            vr //= 10
            vp //= 10
            vm //= 10
            removed += 1
        # vm is below the interval here: rounding down to it is not allowed.
        round_up = vr == vm or last >= 5
    exp10[0] = e10 + removed
    return vr + round_up
