/*
 * mesh_sha256.h -- SHA-256 (FIPS 180-4, section 6.2), written from the
 * standard's description for the Crypto module (rt/crypto.pyx).  Static
 * functions: included once, through rt/crypto.pyx.
 */
#ifndef MESH_SHA256_H
#define MESH_SHA256_H

#include <stdint.h>
#include <string.h>

typedef struct mesh_sha256 {
    uint32_t h[8];          /* the intermediate hash value H(i) */
    uint64_t total;         /* message bytes absorbed so far */
    uint8_t block[64];      /* the message block being filled */
    uint32_t used;          /* bytes of it filled */
} mesh_sha256;

/* The first 32 bits of the fractional parts of the cube roots of the first
 * 64 primes (FIPS 180-4, 4.2.2). */
static const uint32_t mesh_sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static inline uint32_t mesh_sha256_rotr(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

/* One 512-bit block (6.2.2 steps 1-4). */
static void mesh_sha256_compress(mesh_sha256 *s, const uint8_t *m) {
    uint32_t w[64], v[8], t1, t2;
    int t;
    for (t = 0; t < 16; t++)
        w[t] = ((uint32_t)m[4 * t] << 24) | ((uint32_t)m[4 * t + 1] << 16) |
               ((uint32_t)m[4 * t + 2] << 8) | (uint32_t)m[4 * t + 3];
    for (t = 16; t < 64; t++) {
        uint32_t s0 = mesh_sha256_rotr(w[t - 15], 7) ^
                      mesh_sha256_rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = mesh_sha256_rotr(w[t - 2], 17) ^
                      mesh_sha256_rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = s1 + w[t - 7] + s0 + w[t - 16];
    }
    memcpy(v, s->h, sizeof(v));
    for (t = 0; t < 64; t++) {
        /* v = a b c d e f g h */
        uint32_t big1 = mesh_sha256_rotr(v[4], 6) ^ mesh_sha256_rotr(v[4], 11) ^
                        mesh_sha256_rotr(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t big0 = mesh_sha256_rotr(v[0], 2) ^ mesh_sha256_rotr(v[0], 13) ^
                        mesh_sha256_rotr(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        t1 = v[7] + big1 + ch + mesh_sha256_k[t] + w[t];
        t2 = big0 + maj;
        v[7] = v[6];
        v[6] = v[5];
        v[5] = v[4];
        v[4] = v[3] + t1;
        v[3] = v[2];
        v[2] = v[1];
        v[1] = v[0];
        v[0] = t1 + t2;
    }
    for (t = 0; t < 8; t++)
        s->h[t] += v[t];
}

/* H(0): the first 32 bits of the fractional parts of the square roots of
 * the first 8 primes (5.3.3). */
static void mesh_sha256_init(mesh_sha256 *s) {
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                   0xa54ff53a, 0x510e527f, 0x9b05688c,
                                   0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h, h0, sizeof(h0));
    s->total = 0;
    s->used = 0;
}

static void mesh_sha256_update(mesh_sha256 *s, const void *data, size_t n) {
    const uint8_t *p = (const uint8_t *)data;
    s->total += n;
    while (n > 0) {
        size_t take = 64 - s->used;
        if (take > n)
            take = n;
        memcpy(s->block + s->used, p, take);
        s->used += (uint32_t)take;
        p += take;
        n -= take;
        if (s->used == 64) {
            mesh_sha256_compress(s, s->block);
            s->used = 0;
        }
    }
}

/* Padding (5.1.1): a 1 bit, zeros to 448 mod 512, the 64-bit length. */
static void mesh_sha256_final(mesh_sha256 *s, uint8_t out[32]) {
    uint64_t bits = s->total * 8;
    uint8_t pad = 0x80, zero = 0, len[8];
    int i;
    mesh_sha256_update(s, &pad, 1);
    while (s->used != 56)
        mesh_sha256_update(s, &zero, 1);
    for (i = 0; i < 8; i++)
        len[i] = (uint8_t)(bits >> (56 - 8 * i));
    mesh_sha256_update(s, len, 8);
    for (i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t)(s->h[i] >> 24);
        out[4 * i + 1] = (uint8_t)(s->h[i] >> 16);
        out[4 * i + 2] = (uint8_t)(s->h[i] >> 8);
        out[4 * i + 3] = (uint8_t)s->h[i];
    }
}

#endif /* MESH_SHA256_H */
