# Ending the program on a panic (main process only, for now).

from libc.stdint cimport int64_t

cdef void panic_with(const char *reason, size_t reason_len,
                     const char *file, int64_t line) noexcept nogil
