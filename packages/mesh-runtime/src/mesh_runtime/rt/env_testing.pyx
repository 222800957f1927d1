# Python-level wrappers for the Env module (rt/env.pyx), for pytest only.

from libc.stdlib cimport malloc
from libc.string cimport memcpy


def env_get(str key):
    """The value, or None when Env.get returns None."""
    cdef mesh_string *out = NULL
    core_init()
    if mesh_rt_env_get(from_py(key), &out):
        return to_py(out)
    return None


def env_get_or(str key, str fallback):
    core_init()
    return to_py(mesh_rt_env_get_or(from_py(key), from_py(fallback)))


def env_get_int(str key, int64_t fallback):
    core_init()
    return mesh_rt_env_get_int(from_py(key), fallback)


def env_args_with(list argv):
    """Env.args() as a program started with `argv` (bytes) would see it.
    Sets the argv rt/start keeps (malloc'd copies, never freed: tests only)."""
    global program_argc, program_argv
    cdef char **arr = <char **>malloc((len(argv) + 1) * sizeof(char *))
    cdef char *copy
    cdef bytes arg
    cdef int64_t k
    core_init()
    for i in range(len(argv)):
        arg = argv[i]
        copy = <char *>malloc(len(arg) + 1)
        memcpy(copy, <const char *>arg, len(arg) + 1)   # with the NUL
        arr[i] = copy
    arr[len(argv)] = NULL
    program_argc = len(argv)
    program_argv = arr
    cdef mesh_list *xs = mesh_rt_env_args()
    if xs.hdr.desc != &mesh_rt_list_string_desc:
        raise AssertionError("Env.args must be a List<String>")
    return [to_py(<mesh_string *>xs.store.elems[xs.off + k]) for k in range(xs.len)]
