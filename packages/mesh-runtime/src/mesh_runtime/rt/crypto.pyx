# The Crypto module (spec 11 s14): SHA-256, HMAC-SHA-256, random hex and
# version 4 UUIDs.  ABI: mesh_rt.h, "Crypto".
#
# SHA-256 is csrc/mesh_sha256.h (FIPS 180-4); HMAC is RFC 2104 over it.
# Randomness comes from the kernel's CSPRNG through getrandom(2), falling
# back to /dev/urandom where the system call is missing; if neither works
# the program panics rather than hand out predictable values.

from libc.stdint cimport int64_t, uint8_t
from libc.string cimport memset
from libc.errno cimport errno, EINTR
from libc.stdlib cimport malloc, free
from posix.fcntl cimport open as c_open, O_RDONLY, O_CLOEXEC
from posix.unistd cimport read as c_read, close as c_close

cdef extern from "mesh_sha256.h" nogil:
    ctypedef struct mesh_sha256:
        pass
    void mesh_sha256_init(mesh_sha256 *s)
    void mesh_sha256_update(mesh_sha256 *s, const void *data, size_t n)
    void mesh_sha256_final(mesh_sha256 *s, uint8_t *out)

cdef extern from "<sys/random.h>" nogil:
    ssize_t getrandom(void *buf, size_t n, unsigned int flags)

cdef enum:
    SHA256_BLOCK = 64
    SHA256_SIZE = 32


cdef mesh_string *hex_string(const uint8_t *bytes, int64_t n) noexcept nogil:
    cdef const char *digits = b"0123456789abcdef"
    cdef mesh_string *s = string_alloc(2 * n)
    cdef int64_t i
    s.len = 2 * n
    for i in range(n):
        s.bytes[2 * i] = digits[bytes[i] >> 4]
        s.bytes[2 * i + 1] = digits[bytes[i] & 15]
    return s


cdef bint urandom_fill(uint8_t *buf, int64_t n) noexcept nogil:
    cdef int fd = c_open(b"/dev/urandom", O_RDONLY | O_CLOEXEC)
    cdef ssize_t got
    if fd < 0:
        return False
    while n > 0:
        got = c_read(fd, buf, <size_t>n)
        if got > 0:
            buf += got
            n -= got
        elif got < 0 and errno == EINTR:
            continue
        else:
            c_close(fd)
            return False
    c_close(fd)
    return True


cdef void random_fill(uint8_t *buf, int64_t n) noexcept nogil:
    cdef ssize_t got
    while n > 0:
        got = getrandom(buf, <size_t>n, 0)
        if got > 0:
            buf += got
            n -= got
        elif got < 0 and errno == EINTR:
            continue
        else:
            if not urandom_fill(buf, n):
                panic_with(b"Crypto: no source of OS randomness", 34, NULL, 0)
            return


cdef public mesh_string *mesh_rt_crypto_sha256(const mesh_string *s) noexcept nogil:
    cdef mesh_sha256 st
    cdef uint8_t digest[SHA256_SIZE]
    mesh_sha256_init(&st)
    mesh_sha256_update(&st, s.bytes, <size_t>s.len)
    mesh_sha256_final(&st, digest)
    return hex_string(digest, SHA256_SIZE)


cdef public mesh_string *mesh_rt_crypto_hmac_sha256(const mesh_string *key,
                                                    const mesh_string *s) noexcept nogil:
    # RFC 2104: H((K ^ opad) || H((K ^ ipad) || text)), K padded to a block
    # (hashed first when longer than one).
    cdef mesh_sha256 st
    cdef uint8_t k[SHA256_BLOCK]
    cdef uint8_t pad[SHA256_BLOCK]
    cdef uint8_t inner[SHA256_SIZE]
    cdef uint8_t digest[SHA256_SIZE]
    cdef int i
    memset(k, 0, SHA256_BLOCK)
    if key.len > SHA256_BLOCK:
        mesh_sha256_init(&st)
        mesh_sha256_update(&st, key.bytes, <size_t>key.len)
        mesh_sha256_final(&st, k)
    else:
        for i in range(key.len):
            k[i] = <uint8_t>key.bytes[i]
    for i in range(SHA256_BLOCK):
        pad[i] = k[i] ^ 0x36
    mesh_sha256_init(&st)
    mesh_sha256_update(&st, pad, SHA256_BLOCK)
    mesh_sha256_update(&st, s.bytes, <size_t>s.len)
    mesh_sha256_final(&st, inner)
    for i in range(SHA256_BLOCK):
        pad[i] = k[i] ^ 0x5c
    mesh_sha256_init(&st)
    mesh_sha256_update(&st, pad, SHA256_BLOCK)
    mesh_sha256_update(&st, inner, SHA256_SIZE)
    mesh_sha256_final(&st, digest)
    return hex_string(digest, SHA256_SIZE)


cdef public mesh_string *mesh_rt_crypto_random_hex(int64_t n) noexcept nogil:
    # n random bytes as 2n hex digits; n <= 0 gives "".
    cdef uint8_t small[64]
    cdef uint8_t *buf
    cdef mesh_string *s
    if n <= 0:
        return mesh_rt_string_new(b"", 0)
    if n <= 64:
        buf = &small[0]
    else:
        buf = <uint8_t *>malloc(<size_t>n)
    if buf == NULL:
        panic_with(b"out of memory", 13, NULL, 0)
    random_fill(buf, n)
    s = hex_string(buf, n)
    if buf != &small[0]:
        free(buf)
    return s


cdef public mesh_string *mesh_rt_crypto_uuid4() noexcept nogil:
    # RFC 4122 s4.4: 122 random bits, version 4, variant 10xx; lowercase
    # 8-4-4-4-12 hex groups.
    cdef uint8_t b[16]
    cdef const char *digits = b"0123456789abcdef"
    cdef mesh_string *s = string_alloc(36)
    cdef int i, at = 0
    random_fill(b, 16)
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    s.len = 36
    for i in range(16):
        if i == 4 or i == 6 or i == 8 or i == 10:
            s.bytes[at] = b'-'
            at += 1
        s.bytes[at] = digits[b[i] >> 4]
        s.bytes[at + 1] = digits[b[i] & 15]
        at += 2
    return s
