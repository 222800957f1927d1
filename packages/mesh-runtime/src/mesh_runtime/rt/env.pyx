# The Env module (spec 11 s12): environment variables and the program's
# arguments.  ABI: mesh_rt.h, "IO, File, Env".
#
# Env.args() comes from the argv that main() passed to mesh_rt_init
# (rt/start.pyx keeps it), without the executable's path.  Text from the
# OS that is not valid UTF-8: an environment value reads as unset (spec),
# an argument has its bad bytes replaced by U+FFFD.

from libc.stdint cimport int8_t, int64_t
from libc.stdlib cimport getenv
from libc.string cimport memchr, strlen


cdef const char *env_lookup(const mesh_string *key) noexcept nogil:
    # The raw value, or NULL: unset, or a key no variable can have.
    if key.len == 0 or memchr(key.bytes, b'=', <size_t>key.len) != NULL:
        return NULL
    if memchr(key.bytes, 0, <size_t>key.len) != NULL:
        return NULL
    return getenv(key.bytes)


cdef public int8_t mesh_rt_env_get(const mesh_string *key,
                                   mesh_string **out) noexcept nogil:
    cdef const char *value = env_lookup(key)
    cdef int64_t n
    if value == NULL:
        return 0
    n = <int64_t>strlen(value)
    if not utf8_valid(value, n):
        return 0
    out[0] = mesh_rt_string_new(value, n)
    return 1


cdef public mesh_string *mesh_rt_env_get_or(const mesh_string *key,
                                            const mesh_string *fallback) noexcept nogil:
    cdef mesh_string *value
    if mesh_rt_env_get(key, &value):
        return value
    return <mesh_string *>fallback


cdef public int64_t mesh_rt_env_get_int(const mesh_string *key,
                                        int64_t fallback) noexcept nogil:
    # Unset or not an Int by String.to_int's rules: the fallback.
    cdef mesh_string *value
    cdef int64_t n
    if mesh_rt_env_get(key, &value) and mesh_rt_string_to_int(value, &n):
        return n
    return fallback


cdef public mesh_list *mesh_rt_env_args() noexcept nogil:
    cdef mesh_list *xs
    cdef int i
    cdef int n = program_argc - 1 if program_argv != NULL and program_argc > 1 else 0
    xs = list_with_capacity(&mesh_rt_list_string_desc, n)
    for i in range(1, n + 1):
        list_push(xs, <mesh_word>string_from_utf8_lossy(
            program_argv[i], <int64_t>strlen(program_argv[i])))
    return xs
