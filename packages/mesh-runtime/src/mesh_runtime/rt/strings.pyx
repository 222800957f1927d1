# Strings: creation, comparison, length, conversions to text.
# Layout and ABI: include/mesh_rt.h.  Strings are immutable values; every
# operation that produces text allocates a new object on the current heap.

from libc.stdint cimport int8_t, int64_t
from libc.string cimport memcpy, memcmp


cdef mesh_string *string_alloc(int64_t len) noexcept nogil:
    # An uninitialised string of `len` bytes; the NUL after them is already
    # there because heap memory is zeroed.
    return <mesh_string *>mesh_rt_alloc(&mesh_rt_string_desc,
                                        <int64_t>sizeof(mesh_string) + len + 1)


cdef public mesh_string *mesh_rt_string_new(const char *bytes,
                                            int64_t len) noexcept nogil:
    cdef mesh_string *s = string_alloc(len)
    s.len = len
    if len > 0:
        memcpy(s.bytes, bytes, <size_t>len)
    return s


cdef public mesh_string *mesh_rt_string_concat(const mesh_string *a,
                                               const mesh_string *b) noexcept nogil:
    if b.len == 0:
        return <mesh_string *>a
    if a.len == 0:
        return <mesh_string *>b
    cdef mesh_string *s = string_alloc(a.len + b.len)
    s.len = a.len + b.len
    memcpy(s.bytes, a.bytes, <size_t>a.len)
    memcpy(s.bytes + a.len, b.bytes, <size_t>b.len)
    return s


cdef public int8_t mesh_rt_string_eq(const mesh_string *a,
                                     const mesh_string *b) noexcept nogil:
    if a == b:
        return 1
    if a.len != b.len:
        return 0
    return 1 if memcmp(a.bytes, b.bytes, <size_t>a.len) == 0 else 0


cdef public int64_t mesh_rt_string_cmp(const mesh_string *a,
                                       const mesh_string *b) noexcept nogil:
    # Byte-wise, which for UTF-8 is also code-point order.
    cdef int64_t n = a.len if a.len < b.len else b.len
    cdef int c = memcmp(a.bytes, b.bytes, <size_t>n) if n > 0 else 0
    if c != 0:
        return c
    return a.len - b.len


cdef public int64_t mesh_rt_string_length(const mesh_string *s) noexcept nogil:
    # Code points = bytes that are not UTF-8 continuation bytes (10xxxxxx).
    cdef int64_t i, count = 0
    cdef const unsigned char *p = <const unsigned char *>s.bytes
    for i in range(s.len):
        count += (p[i] & 0xC0) != 0x80
    return count


cdef public mesh_string *mesh_rt_int_to_string(int64_t value) noexcept nogil:
    cdef char text[INT_TEXT_MAX]
    cdef size_t n = format_int(value, text)
    return mesh_rt_string_new(text, <int64_t>n)


cdef public mesh_string *mesh_rt_float_to_string(double value) noexcept nogil:
    cdef char text[FLOAT_TEXT_MAX]
    cdef size_t n = format_float(value, text)
    return mesh_rt_string_new(text, <int64_t>n)


cdef public mesh_string *mesh_rt_bool_to_string(int8_t value) noexcept nogil:
    return MESH_STATIC_TRUE if value else MESH_STATIC_FALSE
