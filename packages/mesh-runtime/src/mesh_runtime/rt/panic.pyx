# Panics (declared in panic.pxd).
#
# For now every panic ends the program, as a panic in the main process does
# (spec 05 s11): flush stdout, one line on stderr, exit status 101.  Once
# processes exist, a panic elsewhere will end only its process.  Everything
# here is async-signal-safe, because the stack-overflow handler panics too.

from libc.stdint cimport int64_t
from libc.string cimport strlen
from posix.unistd cimport _exit
from posix.uio cimport iovec

cdef extern from *:
    # Tells the C compiler that panic_with does not come back, so the
    # noreturn entry points below really do not return.
    void unreachable "__builtin_unreachable"() noexcept nogil

cdef enum:
    PANIC_EXIT_STATUS = 101


cdef void panic_with(const char *reason, size_t reason_len,
                     const char *file, int64_t line) noexcept nogil:
    cdef iovec iov[7]
    cdef int n = 0
    cdef char line_text[INT_TEXT_MAX]
    stdout_flush()
    iov[n].iov_base = <void *><char *>b"[mesh] panic: "
    iov[n].iov_len = 14
    n += 1
    iov[n].iov_base = <void *>reason
    iov[n].iov_len = reason_len
    n += 1
    if file != NULL:
        iov[n].iov_base = <void *><char *>b" at "
        iov[n].iov_len = 4
        n += 1
        iov[n].iov_base = <void *>file
        iov[n].iov_len = strlen(file)
        n += 1
        if line > 0:
            iov[n].iov_base = <void *><char *>b":"
            iov[n].iov_len = 1
            n += 1
            iov[n].iov_base = <void *>line_text
            iov[n].iov_len = format_int(line, line_text)
            n += 1
    iov[n].iov_base = <void *><char *>b"\n"
    iov[n].iov_len = 1
    n += 1
    write_iov(2, iov, n)
    _exit(PANIC_EXIT_STATUS)


cdef public void mesh_rt_panic(const mesh_string *reason, const char *file,
                               int64_t line) noexcept nogil:
    if reason == NULL:
        panic_with(b"", 0, file, line)
    panic_with(reason.bytes, <size_t>reason.len, file, line)
    unreachable()


cdef public void mesh_rt_panic_cstr(const char *reason, const char *file,
                                    int64_t line) noexcept nogil:
    if reason == NULL:
        panic_with(b"", 0, file, line)
    panic_with(reason, strlen(reason), file, line)
    unreachable()
