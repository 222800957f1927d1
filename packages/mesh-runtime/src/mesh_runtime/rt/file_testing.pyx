# Python-level wrappers for the File module (rt/file.pyx), for pytest only.
# Results: ("ok", value) / ("err", message) like the Result codegen builds.


def file_call(str op, str path, text=None):
    cdef mesh_string *out = NULL
    cdef mesh_string *err = NULL
    cdef mesh_string *p
    cdef int8_t ok
    core_init()
    p = from_py(path)
    if op == "exists":
        return mesh_rt_file_exists(p) == 1
    if op == "read":
        ok = mesh_rt_file_read(p, &out, &err)
        return ("ok", to_py(out)) if ok else ("err", to_py(err))
    if op == "write":
        ok = mesh_rt_file_write(p, from_py(text), &err)
    elif op == "append":
        ok = mesh_rt_file_append(p, from_py(text), &err)
    elif op == "delete":
        ok = mesh_rt_file_delete(p, &err)
    else:
        raise ValueError(op)
    return ("ok", None) if ok else ("err", to_py(err))
