# Standard output buffering and raw writes.

from posix.uio cimport iovec

cdef void output_init() noexcept nogil
cdef void write_iov(int fd, iovec *iov, int count) noexcept nogil
cdef void write_two(int fd, const char *a, size_t alen,
                    const char *b, size_t blen) noexcept nogil
cdef void stdout_write(const char *a, size_t alen,
                       const char *b, size_t blen) noexcept nogil
cdef void stdout_flush() noexcept nogil
