/*
 * mesh_shortest.h -- the 64 x 128-bit multiply-and-shift of Float formatting
 * (rt/numfmt_shortest.pyx), which Cython cannot say: it needs the high half
 * of a 192-bit product.  Static functions, included once, through
 * rt/numfmt_shortest.pyx.
 */
#ifndef MESH_SHORTEST_H
#define MESH_SHORTEST_H

#include <stdint.h>
#include "mesh_shortest_tables.h"

/* floor(m * mul / 2^j) for m < 2^58, mul = {low, high} < 2^126 and
 * 64 <= j < 128; the caller knows the result fits in 64 bits. */
static inline uint64_t mesh_shortest_mul_shift(uint64_t m, const uint64_t mul[2], int32_t j) {
#if defined(__SIZEOF_INT128__) && !defined(MESH_SHORTEST_PORTABLE)
    unsigned __int128 low = (unsigned __int128)m * mul[0];
    unsigned __int128 high = (unsigned __int128)m * mul[1];
    /* The sum is below 2^123: no carry out. */
    return (uint64_t)(((low >> 64) + high) >> (j - 64));
#else
    /* Without a 128-bit type: schoolbook with 32-bit halves. */
    uint64_t m_lo = m & 0xffffffffu, m_hi = m >> 32;
    uint64_t w[2], top[2], s;
    int k;
    for (k = 0; k < 2; k++) {
        uint64_t x_lo = mul[k] & 0xffffffffu, x_hi = mul[k] >> 32;
        uint64_t ll = m_lo * x_lo, lh = m_lo * x_hi, hl = m_hi * x_lo, hh = m_hi * x_hi;
        uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
        w[k] = (mid << 32) | (ll & 0xffffffffu);                 /* low 64 */
        top[k] = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);     /* high 64 */
    }
    /* (m * mul) >> 64 = top[0] + w[1] + 2^64 * top[1], as (hi:lo) */
    s = top[0] + w[1];
    top[1] += s < top[0];
    j -= 64;
    if (j == 0)
        return s;
    if (j < 64)
        return (s >> j) | (top[1] << (64 - j));
    return top[1] >> (j - 64);
#endif
}

/* floor(m * mesh_pow5_inv[q] / 2^j) */
static inline uint64_t mesh_shortest_mul_pow5_inv(uint64_t m, uint32_t q, int32_t j) {
    return mesh_shortest_mul_shift(m, mesh_pow5_inv[q], j);
}

/* floor(m * mesh_pow5[i] / 2^j) */
static inline uint64_t mesh_shortest_mul_pow5(uint64_t m, uint32_t i, int32_t j) {
    return mesh_shortest_mul_shift(m, mesh_pow5[i], j);
}

#endif
