# IO.read_line (spec 11 s10) and the UTF-8 checks of text that enters the
# runtime from outside (stdin, files, the environment, argv).  ABI:
# mesh_rt.h, "IO, File, Env".
#
# Standard input is read with read(2) into a runtime buffer (no stdio), a
# line at a time.  Before blocking for more input, standard output is
# flushed, so a prompt printed without a newline is visible.  Today the
# whole program waits; the scheduler will park only the reading process
# (spec 11 s10) by polling fd 0 on its I/O thread.

from libc.stdint cimport int8_t, int64_t, uint32_t
from libc.string cimport memchr, strlen, strerror
from libc.errno cimport errno, EINTR

from posix.unistd cimport read as c_read

cdef enum:
    STDIN_CAP = 65536

cdef char stdin_buf[STDIN_CAP]
cdef int64_t stdin_start = 0      # unread bytes are stdin_buf[start:end]
cdef int64_t stdin_end = 0
cdef bint stdin_eof = False


cdef int utf8_seq_len(const unsigned char *p, int64_t n, int64_t i) noexcept nogil:
    # Length of the well-formed UTF-8 sequence at p[i] (Unicode table 3-7),
    # or -k when it is ill-formed after k >= 1 bytes: those k bytes are one
    # "maximal subpart", replaced by one U+FFFD (as Python's "replace").
    cdef unsigned char b = p[i]
    cdef unsigned char lo = 0x80, hi = 0xBF
    cdef int need, k
    if b < 0x80:
        return 1
    if 0xC2 <= b <= 0xDF:
        need = 1
    elif 0xE0 <= b <= 0xEF:
        need = 2
        if b == 0xE0:
            lo = 0xA0
        elif b == 0xED:
            hi = 0x9F
    elif 0xF0 <= b <= 0xF4:
        need = 3
        if b == 0xF0:
            lo = 0x90
        elif b == 0xF4:
            hi = 0x8F
    else:
        return -1
    for k in range(1, need + 1):
        if i + k >= n:
            return -k
        if not (lo <= p[i + k] <= hi):
            return -k
        lo = 0x80
        hi = 0xBF
    return need + 1


cdef bint utf8_valid(const char *p, int64_t n) noexcept nogil:
    cdef int64_t i = 0
    cdef int k
    while i < n:
        k = utf8_seq_len(<const unsigned char *>p, n, i)
        if k < 0:
            return False
        i += k
    return True


cdef void sb_put_utf8_lossy(strbuf *sb, const char *p, int64_t n) noexcept nogil:
    # Appends p[0:n], each ill-formed subpart replaced by U+FFFD.
    cdef int64_t i = 0, run = 0
    cdef int k
    while i < n:
        k = utf8_seq_len(<const unsigned char *>p, n, i)
        if k > 0:
            i += k
            continue
        sb_put(sb, p + run, i - run)
        sb_put(sb, b"\xef\xbf\xbd", 3)
        i += -k
        run = i
    sb_put(sb, p + run, n - run)


cdef mesh_string *string_from_utf8_lossy(const char *p, int64_t n) noexcept nogil:
    cdef strbuf sb
    if utf8_valid(p, n):
        return mesh_rt_string_new(p, n)
    sb_init(&sb)
    sb_put_utf8_lossy(&sb, p, n)
    return sb_finish(&sb)


cdef mesh_string *errno_text(int code) noexcept nogil:
    cdef const char *text = strerror(code)
    return mesh_rt_string_new(text, <int64_t>strlen(text))


cdef int stdin_fill() noexcept nogil:
    # Reads more input: 1 if some arrived, 0 at end of input, or -errno.
    global stdin_start, stdin_end, stdin_eof
    cdef ssize_t got
    if stdin_eof:
        return 0
    stdout_flush()
    while True:
        got = c_read(0, stdin_buf, STDIN_CAP)
        if got >= 0 or errno != EINTR:
            break
    if got < 0:
        return -errno
    if got == 0:
        stdin_eof = True
        return 0
    stdin_start = 0
    stdin_end = got
    return 1


cdef public int8_t mesh_rt_io_read_line(mesh_string **out,
                                        mesh_string **err) noexcept nogil:
    global stdin_start
    cdef strbuf line
    cdef const char *nl
    cdef int64_t take
    cdef bint got_any = False, ended = False
    cdef int status
    cdef mesh_string *s
    sb_init(&line)
    while True:
        if stdin_start < stdin_end:
            got_any = True
            nl = <const char *>memchr(stdin_buf + stdin_start, b'\n',
                                      <size_t>(stdin_end - stdin_start))
            if nl != NULL:
                take = nl - (stdin_buf + stdin_start)
                sb_put(&line, stdin_buf + stdin_start, take)
                stdin_start += take + 1
                ended = True
                break
            sb_put(&line, stdin_buf + stdin_start, stdin_end - stdin_start)
            stdin_start = stdin_end
        status = stdin_fill()
        if status < 0:
            sb_free(&line)
            err[0] = errno_text(-status)
            return 0
        if status == 0:
            break
    if not got_any:
        sb_free(&line)
        err[0] = mesh_rt_string_new(b"eof", 3)
        return 0
    if ended and line.len > 0 and line.data[line.len - 1] == b'\r':
        line.len -= 1
    s = string_from_utf8_lossy(line.data, line.len)
    sb_free(&line)
    out[0] = s
    return 1
