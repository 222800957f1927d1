# The File module (spec 11 s11): read, write, append, exists, delete.
# ABI: mesh_rt.h, "IO, File, Env".
#
# Plain POSIX calls on the path's bytes.  Errors are "<path>: <reason>"
# with the C library's strerror text ("notes.txt: No such file or
# directory"); a path containing a NUL byte cannot name a file and gives
# EINVAL's text.  File.read insists on valid UTF-8 ("<path>: invalid
# UTF-8").  Today the calls block the program; the scheduler will run them
# on its blocking-I/O thread so that only the calling process waits.

from libc.stdint cimport int8_t, int64_t
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memchr, strerror
from libc.errno cimport errno, EINTR, EINVAL

from posix.fcntl cimport open as c_open, O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, O_CLOEXEC
from posix.stat cimport struct_stat, stat as c_stat
from posix.unistd cimport read as c_read, write as c_write, close as c_close, unlink as c_unlink

cdef enum:
    READ_CHUNK = 65536


cdef mesh_string *file_error(const mesh_string *path, int code) noexcept nogil:
    cdef strbuf sb
    sb_init(&sb)
    sb_put_str(&sb, path)
    sb_put(&sb, b": ", 2)
    sb_put_cstr(&sb, strerror(code))
    return sb_finish(&sb)


cdef inline bint path_ok(const mesh_string *path) noexcept nogil:
    # The bytes are followed by a NUL already; an inner NUL would cut the
    # name short.
    return memchr(path.bytes, 0, <size_t>path.len) == NULL


cdef int open_path(const mesh_string *path, int flags) noexcept nogil:
    # A descriptor, or -errno.
    cdef int fd
    if not path_ok(path):
        return -EINVAL
    while True:
        fd = c_open(path.bytes, flags | O_CLOEXEC, 0o666)
        if fd >= 0:
            return fd
        if errno != EINTR:
            return -errno


cdef public int8_t mesh_rt_file_read(const mesh_string *path, mesh_string **out,
                                     mesh_string **err) noexcept nogil:
    cdef int fd = open_path(path, O_RDONLY)
    cdef char *data = NULL
    cdef char *grown
    cdef int64_t len = 0, cap = 0
    cdef ssize_t got
    cdef int code = 0
    if fd < 0:
        err[0] = file_error(path, -fd)
        return 0
    # Read to the end in growing chunks (sizes from stat can lie: /proc).
    while True:
        if cap - len < READ_CHUNK:
            cap = 2 * cap + READ_CHUNK
            grown = <char *>realloc(data, <size_t>cap)
            if grown == NULL:
                free(data)
                c_close(fd)
                panic_with(b"out of memory", 13, NULL, 0)
            data = grown
        got = c_read(fd, data + len, <size_t>(cap - len))
        if got > 0:
            len += got
        elif got == 0:
            break
        elif errno != EINTR:
            code = errno
            break
    c_close(fd)
    if code != 0:
        free(data)
        err[0] = file_error(path, code)
        return 0
    if not utf8_valid(data, len):
        free(data)
        err[0] = mesh_rt_string_concat(path, mesh_rt_string_new(b": invalid UTF-8", 15))
        return 0
    out[0] = mesh_rt_string_new(data, len)
    free(data)
    return 1


cdef int8_t write_with(const mesh_string *path, const mesh_string *text, int flags,
                       mesh_string **err) noexcept nogil:
    cdef int fd = open_path(path, O_WRONLY | O_CREAT | flags)
    cdef int64_t done = 0
    cdef ssize_t put
    cdef int code = 0
    if fd < 0:
        err[0] = file_error(path, -fd)
        return 0
    while done < text.len:
        put = c_write(fd, text.bytes + done, <size_t>(text.len - done))
        if put >= 0:
            done += put
        elif errno != EINTR:
            code = errno
            break
    if c_close(fd) != 0 and code == 0 and errno != EINTR:
        code = errno
    if code != 0:
        err[0] = file_error(path, code)
        return 0
    return 1


cdef public int8_t mesh_rt_file_write(const mesh_string *path, const mesh_string *text,
                                      mesh_string **err) noexcept nogil:
    return write_with(path, text, O_TRUNC, err)


cdef public int8_t mesh_rt_file_append(const mesh_string *path, const mesh_string *text,
                                       mesh_string **err) noexcept nogil:
    return write_with(path, text, O_APPEND, err)


cdef public int8_t mesh_rt_file_exists(const mesh_string *path) noexcept nogil:
    # Files and directories (stat follows symbolic links).
    cdef struct_stat st
    if not path_ok(path):
        return 0
    return c_stat(path.bytes, &st) == 0


cdef public int8_t mesh_rt_file_delete(const mesh_string *path,
                                       mesh_string **err) noexcept nogil:
    # unlink(2) removes files only; a directory gives "Is a directory".
    if not path_ok(path):
        err[0] = file_error(path, EINVAL)
        return 0
    if c_unlink(path.bytes) != 0:
        err[0] = file_error(path, errno)
        return 0
    return 1
