# Python-level wrappers for Iter<T> (rt/iter.pyx), for pytest only.  Builds
# on rt/collections_testing.pyx: values cross as Python objects described
# by its type keys, closures call Python callables.
#
# iter_run(source, stages, terminal) builds a pipeline and drives it:
#   source:   (value, ("list", T)) | (value, ("map", K, V)) | (value, ("set", T))
#             | ((start, end), "range") | ((state, f, S, T), "next") where
#             f(state) returns None or (item, new state)
#   stages:   ("map", f, U) | ("filter", p) | ("take", n) | ("skip", n)
#             | ("enumerate",) | ("zip", source)
#   terminal: ("count",) | ("sum_int",) | ("sum_float",) | ("any", p)
#             | ("all", p) | ("find", p) | ("reduce", init, f, U)
#             | ("list",) | ("map",) | ("set",) | ("string",) | ("next",)
# ("next",) pulls with mesh_rt_iter_next until the end.  With again=True
# the result is (result, items a second mesh_rt_iter_next loop yields).

from libc.stdint cimport int8_t, int64_t
from libc.string cimport memcpy


# A test Option<(T, S)>: the codegen layout { header, tag, payload }.
cdef int64_t _option_offsets[1]
_option_offsets[0] = 24
cdef mesh_type_desc _option_desc
_option_desc.kind = MESH_KIND_RECORD
_option_desc.flags = MESH_DESC_POINTER
_option_desc.size = 32
_option_desc.n_ptrs = 1
_option_desc.ptr_offsets = &_option_offsets[0]
_option_desc.name = b"Option"

cdef struct option_rec:
    mesh_obj_header hdr
    int64_t tag
    mesh_word payload


cdef mesh_word py_next_call(mesh_closure *c, mesh_word state) noexcept with gil:
    # c's spec: (f, (S,), ("tuple", T, S)); f returns None or (item, state).
    cdef option_rec *o
    spec = <object>(<py_closure_rec *>c).spec
    f, (ts,), tpair = spec
    result = f(from_mesh(state, ts))
    o = <option_rec *>mesh_rt_alloc(&_option_desc, sizeof(option_rec))
    if result is not None:
        o.tag = 1
        o.payload = to_mesh(result, tpair)
    return <mesh_word>o


cdef mesh_closure *py_next_closure(object f, object ts, object tt) except NULL:
    cdef mesh_closure *c = py_closure(f, ("fn", (ts,), ("tuple", tt, ts)))
    c.code = <void *>py_next_call
    return c


def _pred(p, t):
    return ("fn", (t,), "int"), (lambda x: int(bool(p(x))))


cdef mesh_iter *make_source(object source, list elem_type) except NULL:
    value, t = source
    if t == "range":
        elem_type.append("int")
        return mesh_rt_iter_from_range(<mesh_range *>to_mesh(value, "range"))
    if t == "next":
        state, f, ts, tt = value
        elem_type.append(tt)
        return mesh_rt_iter_from_next(to_mesh(state, ts), py_next_closure(f, ts, tt))
    kind = t[0]
    if kind == "list":
        elem_type.append(t[1])
        return mesh_rt_iter_from_list(<mesh_list *>to_mesh(value, t))
    if kind == "set":
        elem_type.append(t[1])
        return mesh_rt_iter_from_set(<mesh_map *>to_mesh(value, t))
    if kind == "map":
        elem_type.append(("tuple", t[1], t[2]))
        return mesh_rt_iter_from_map(<mesh_map *>to_mesh(value, t),
                                     desc_of(("tuple", t[1], t[2])))
    raise ValueError(f"unknown source {t!r}")


cdef mesh_iter *make_pipeline(object source, list stages, list elem) except NULL:
    cdef mesh_iter *it = make_source(source, elem)
    cdef mesh_iter *other
    for stage in stages:
        op = stage[0]
        t = elem[len(elem) - 1]
        if op == "map":
            it = mesh_rt_iter_map(it, py_closure(stage[1], ("fn", (t,), stage[2])))
            elem.append(stage[2])
        elif op == "filter":
            ft, f = _pred(stage[1], t)
            it = mesh_rt_iter_filter(it, py_closure(f, ft))
        elif op == "take":
            it = mesh_rt_iter_take(it, stage[1])
        elif op == "skip":
            it = mesh_rt_iter_skip(it, stage[1])
        elif op == "enumerate":
            it = mesh_rt_iter_enumerate(it, desc_of(("tuple", "int", t)))
            elem.append(("tuple", "int", t))
        elif op == "zip":
            other_elem = []
            other = make_source(stage[1], other_elem)
            it = mesh_rt_iter_zip(it, other, desc_of(("tuple", t, other_elem[0])))
            elem.append(("tuple", t, other_elem[0]))
        else:
            raise ValueError(f"unknown stage {op!r}")
    return it


cdef list pull_all(mesh_iter *it, object t):
    cdef mesh_word x
    out = []
    while mesh_rt_iter_next(it, &x):
        out.append(from_mesh(x, t))
    return out


def iter_run(source, list stages, tuple terminal, bint again=False):
    cdef mesh_word x = 0
    cdef double f
    cdef mesh_iter *it
    core_init()
    elem = []
    it = make_pipeline(source, stages, elem)
    t = elem[len(elem) - 1]
    op = terminal[0]
    if op == "count":
        result = mesh_rt_iter_count(it)
    elif op == "sum_int":
        result = mesh_rt_iter_sum_int(it)
    elif op == "sum_float":
        result = mesh_rt_iter_sum_float(it)
    elif op in ("any", "all", "find"):
        ft, pf = _pred(terminal[1], t)
        if op == "any":
            result = mesh_rt_iter_any(it, py_closure(pf, ft)) == 1
        elif op == "all":
            result = mesh_rt_iter_all(it, py_closure(pf, ft)) == 1
        elif mesh_rt_iter_find(it, py_closure(pf, ft), &x):
            result = ("some", from_mesh(x, t))
        else:
            result = None
    elif op == "reduce":
        _, init, fn, tu = terminal
        x = mesh_rt_iter_reduce(it, to_mesh(init, tu), py_closure(fn, ("fn", (tu, t), tu)))
        result = from_mesh(x, tu)
    elif op == "list":
        result = from_mesh(<mesh_word>mesh_rt_iter_collect_list(it, desc_of(("list", t))),
                           ("list", t))
    elif op == "map":
        mt = ("map", t[1], t[2])
        result = from_mesh(<mesh_word>mesh_rt_iter_collect_map(it, desc_of(mt)), mt)
    elif op == "set":
        result = from_mesh(<mesh_word>mesh_rt_iter_collect_set(it, desc_of(("set", t))),
                           ("set", t))
    elif op == "string":
        result = to_py(mesh_rt_iter_collect_string(it))
    elif op == "next":
        result = pull_all(it, t)
    else:
        raise ValueError(f"unknown terminal {op!r}")
    if again:
        return result, pull_all(it, t)
    return result


def iter_shared_source(list values, int64_t take_n):
    """Two adapters over one list iterator: take(n) collected, then the rest
    pulled from the source itself (single pass: the source continues where
    the first pull stopped, unless a terminal consumed it)."""
    cdef mesh_word x
    core_init()
    cdef mesh_iter *src = mesh_rt_iter_from_list(<mesh_list *>to_mesh(values, ("list", "int")))
    cdef mesh_iter *first = mesh_rt_iter_take(src, take_n)
    head = []
    while mesh_rt_iter_next(first, &x):
        head.append(<int64_t>x)
    rest = pull_all(src, "int")
    return head, rest


def iter_descriptor_ok():
    """The object's descriptor: OPAQUE with a trace function."""
    core_init()
    cdef mesh_iter *it = mesh_rt_iter_from_range(mesh_rt_range_new(0, 3))
    return (it.hdr.desc == &mesh_rt_iter_desc
            and it.hdr.desc.kind == MESH_KIND_OPAQUE
            and it.hdr.desc.trace != NULL)
