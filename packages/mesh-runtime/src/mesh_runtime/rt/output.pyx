# Output (declared in output.pxd).
#
# Buffering policy.  Standard output goes through one runtime buffer of
# OUT_CAP bytes:
#   - on a terminal it is flushed after every print call, so prompts and
#     lines appear at once;
#   - otherwise (pipe, file) it is block-buffered: a call's text (a line and
#     its newline) is appended whole, and the buffer is written out first
#     when the text would not fit.  So a write(2) never ends inside a line
#     unless that single line is longer than the buffer (then it goes out in
#     one writev of its own).  A million println calls cost about
#     16 write(2)s per megabyte instead of a million.
#   - it is flushed when the program exits, before a panic message, and
#     before anything is written to standard error, so a terminal or a
#     combined 2>&1 stream shows output in program order.
# Standard error is unbuffered: each call is one writev.
# When the scheduler arrives it should also flush when it goes idle or a
# process blocks (a server's "listening" line must reach a pipe reader).

from libc.string cimport memcpy
from libc.errno cimport errno, EINTR
from posix.unistd cimport isatty
from posix.uio cimport iovec, writev

cdef enum:
    OUT_CAP = 64 * 1024

cdef char out_buf[OUT_CAP]
cdef size_t out_len
cdef bint out_flush_each_call


cdef void output_init() noexcept nogil:
    global out_len, out_flush_each_call
    out_len = 0
    out_flush_each_call = isatty(1) == 1


cdef void write_iov(int fd, iovec *iov, int count) noexcept nogil:
    # Writes all of iov[0..count), retrying partial writes and EINTR.  Other
    # errors (closed pipe, full disk) drop the output: a program cannot
    # report them anywhere better.
    cdef ssize_t n
    while count > 0:
        n = writev(fd, iov, count)
        if n < 0:
            if errno == EINTR:
                continue
            return
        if n == 0:
            return      # no progress is possible; do not spin
        while count > 0 and <size_t>n >= iov[0].iov_len:
            n -= iov[0].iov_len
            iov += 1
            count -= 1
        if count > 0:
            iov[0].iov_base = <char *>iov[0].iov_base + n
            iov[0].iov_len -= n


cdef void write_two(int fd, const char *a, size_t alen,
                    const char *b, size_t blen) noexcept nogil:
    cdef iovec iov[2]
    iov[0].iov_base = <void *>a
    iov[0].iov_len = alen
    iov[1].iov_base = <void *>b
    iov[1].iov_len = blen
    write_iov(fd, iov, 2 if blen > 0 else 1)


cdef void stdout_flush() noexcept nogil:
    global out_len
    if out_len > 0:
        write_two(1, out_buf, out_len, NULL, 0)
        out_len = 0


cdef void stdout_write(const char *a, size_t alen,
                       const char *b, size_t blen) noexcept nogil:
    # Appends a then b as one unit (see the policy above).
    global out_len
    cdef size_t total = alen + blen
    if out_len + total > OUT_CAP:
        stdout_flush()
    if total > OUT_CAP:
        write_two(1, a, alen, b, blen)
        return
    memcpy(out_buf + out_len, a, alen)
    if blen > 0:
        memcpy(out_buf + out_len + alen, b, blen)
    out_len += total
    if out_flush_each_call:
        stdout_flush()


cdef public void mesh_rt_print(const mesh_string *s) noexcept nogil:
    stdout_write(s.bytes, <size_t>s.len, NULL, 0)


cdef public void mesh_rt_println(const mesh_string *s) noexcept nogil:
    stdout_write(s.bytes, <size_t>s.len, b"\n", 1)


cdef public void mesh_rt_eprint(const mesh_string *s) noexcept nogil:
    stdout_flush()
    write_two(2, s.bytes, <size_t>s.len, NULL, 0)


cdef public void mesh_rt_eprintln(const mesh_string *s) noexcept nogil:
    stdout_flush()
    write_two(2, s.bytes, <size_t>s.len, b"\n", 1)


cdef public void mesh_rt_flush() noexcept nogil:
    stdout_flush()
