# The string library's C-level interface (rt/ustr*.pyx): UTF-8 helpers, a
# growable byte buffer for building text, and what the other runtime parts
# (collections' Display) use.  Entry points for programs are in mesh_rt.h.

from libc.stdint cimport int64_t, uint32_t

# A malloc'd byte buffer; sb_finish turns it into one heap string.  It holds
# bytes only (never heap pointers), so the GC need not see it.
cdef struct strbuf:
    char *data
    int64_t len
    int64_t cap

# ---- ustr_buf: building text
cdef void sb_init(strbuf *sb) noexcept nogil
cdef void sb_reserve(strbuf *sb, int64_t extra) noexcept nogil
cdef void sb_put(strbuf *sb, const char *p, int64_t n) noexcept nogil
cdef void sb_put_cstr(strbuf *sb, const char *p) noexcept nogil
cdef void sb_put_str(strbuf *sb, const mesh_string *s) noexcept nogil
cdef void sb_put_cp(strbuf *sb, uint32_t cp) noexcept nogil
cdef mesh_string *sb_finish(strbuf *sb) noexcept nogil
cdef void sb_free(strbuf *sb) noexcept nogil

# ---- ustr: UTF-8 walking and searching
cdef int64_t utf8_next(const unsigned char *p, int64_t n, int64_t i,
                       uint32_t *cp) noexcept nogil
cdef int64_t utf8_prev(const unsigned char *p, int64_t i,
                       uint32_t *cp) noexcept nogil
cdef int64_t utf8_encode(uint32_t cp, char *out) noexcept nogil
cdef int64_t find_bytes(const char *hay, int64_t n, const char *needle,
                        int64_t m, int64_t start) noexcept nogil
cdef void trimmed_bounds(const mesh_string *s, int64_t *a, int64_t *b) noexcept nogil

# ---- ustr_case: Unicode tables
cdef bint is_unicode_space(uint32_t cp) noexcept nogil
