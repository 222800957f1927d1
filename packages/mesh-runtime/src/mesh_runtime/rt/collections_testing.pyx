# Python-level wrappers for the string library and the collections, for
# pytest only (dropped at link time like rt/testing.pyx).
#
# Values cross as Python objects described by a *type key*:
#   "int", "str", "float" (the runtime's scalar descriptors), "collide" (a
#   test-only Int whose hash is x % 4, to force hash collisions),
#   ("list", T), ("tuple", A, B), ("map", K, V), ("set", T), ("queue", T),
#   "range" (a (start, end) tuple), and ("fn", (A...), R) for a closure
#   that calls a Python callable (the value).
# Descriptors for these types are built on first use with malloc and kept
# for the life of the process: test-only stand-ins for the descriptors
# codegen emits.
# Each wrapper converts, calls and converts back within one call.

from libc.stdint cimport int8_t, int64_t, uint64_t, uintptr_t
from libc.stdlib cimport calloc
from libc.string cimport memcpy
from cpython.ref cimport PyObject


# ---- element operations of the test descriptors --------------------------

cdef int8_t t_int_eq(mesh_word a, mesh_word b) noexcept nogil:
    return a == b

cdef int64_t t_int_cmp(mesh_word a, mesh_word b) noexcept nogil:
    return (<int64_t>a > <int64_t>b) - (<int64_t>a < <int64_t>b)

cdef uint64_t t_collide_hash(mesh_word a) noexcept nogil:
    return <uint64_t>(<int64_t>a % 4)

cdef mesh_string *t_int_display(mesh_word a) noexcept nogil:
    return mesh_rt_int_to_string(<int64_t>a)

cdef int8_t t_pair_eq(mesh_word a, mesh_word b) noexcept nogil:
    cdef mesh_pair *x = <mesh_pair *>a
    cdef mesh_pair *y = <mesh_pair *>b
    return (eq_word(param_of(x.hdr.desc, 0), x.first, y.first)
            and eq_word(param_of(x.hdr.desc, 1), x.second, y.second))

cdef int64_t t_pair_cmp(mesh_word a, mesh_word b) noexcept nogil:
    cdef mesh_pair *x = <mesh_pair *>a
    cdef mesh_pair *y = <mesh_pair *>b
    cdef int64_t c = param_of(x.hdr.desc, 0).cmp(x.first, y.first)
    if c != 0:
        return c
    return param_of(x.hdr.desc, 1).cmp(x.second, y.second)

cdef uint64_t t_pair_hash(mesh_word a) noexcept nogil:
    cdef mesh_pair *x = <mesh_pair *>a
    return hash_mix(hash_word(param_of(x.hdr.desc, 0), x.first) * 31
                    + hash_word(param_of(x.hdr.desc, 1), x.second))

cdef mesh_string *t_pair_show(mesh_word a, bint debug) noexcept nogil:
    cdef mesh_pair *x = <mesh_pair *>a
    cdef strbuf sb
    sb_init(&sb)
    sb_put(&sb, b"(", 1)
    show_word(&sb, param_of(x.hdr.desc, 0), x.first, debug)
    sb_put(&sb, b", ", 2)
    show_word(&sb, param_of(x.hdr.desc, 1), x.second, debug)
    sb_put(&sb, b")", 1)
    return sb_finish(&sb)

cdef mesh_string *t_pair_display(mesh_word a) noexcept nogil:
    return t_pair_show(a, False)

cdef mesh_string *t_pair_debug(mesh_word a) noexcept nogil:
    return t_pair_show(a, True)


# ---- descriptors from type keys ------------------------------------------

cdef dict _descs = {}
cdef int64_t _pair_offsets_first[1]
cdef int64_t _pair_offsets_second[1]
cdef int64_t _pair_offsets_both[2]
_pair_offsets_first[0] = 16
_pair_offsets_second[0] = 24
_pair_offsets_both[0] = 16
_pair_offsets_both[1] = 24


cdef const mesh_type_desc *desc_of(t) except NULL:
    cdef mesh_type_desc *d
    cdef const mesh_type_desc **params
    key = _key(t)
    if key in _descs:
        return <const mesh_type_desc *><uintptr_t>_descs[key]
    d = <mesh_type_desc *>calloc(1, sizeof(mesh_type_desc))
    if t == "int":
        return &mesh_rt_int_desc
    if t == "str":
        return &mesh_rt_string_desc
    if t == "float":
        return &mesh_rt_float_desc
    if t == "collide":
        d.name = b"Int"
        d.eq = t_int_eq
        d.cmp = t_int_cmp
        d.hash = t_collide_hash
        d.display = t_int_display
        d.debug = t_int_display
    elif t == "range":
        return &mesh_rt_range_desc
    else:
        kind = t[0]
        args = t[1:]
        params = <const mesh_type_desc **>calloc(len(args), sizeof(void *))
        for i, a in enumerate(args):
            params[i] = desc_of(a)
        d.n_params = len(args)
        d.params = params
        d.kind = MESH_KIND_RECORD
        d.flags = MESH_DESC_POINTER
        if kind == "list":
            d.name = b"List"
            d.size = sizeof(mesh_list)
            d.n_ptrs = 2
            d.ptr_offsets = mesh_rt_list_ptr_offsets
            d.eq = mesh_rt_list_eq
            d.cmp = mesh_rt_list_cmp
            d.hash = mesh_rt_list_hash
            d.display = mesh_rt_list_display
            d.debug = mesh_rt_list_debug
        elif kind == "tuple":
            d.name = b"Tuple"
            d.size = sizeof(mesh_pair)
            a_ptr = desc_is_pointer(params[0])
            b_ptr = desc_is_pointer(params[1])
            d.n_ptrs = a_ptr + b_ptr
            if a_ptr and b_ptr:
                d.ptr_offsets = &_pair_offsets_both[0]
            elif a_ptr:
                d.ptr_offsets = &_pair_offsets_first[0]
            else:
                d.ptr_offsets = &_pair_offsets_second[0]
            d.eq = t_pair_eq
            d.cmp = t_pair_cmp
            d.hash = t_pair_hash
            d.display = t_pair_display
            d.debug = t_pair_debug
        elif kind == "map" or kind == "set":
            d.name = b"Map" if kind == "map" else b"Set"
            d.size = sizeof(mesh_map)
            d.n_ptrs = 4
            d.ptr_offsets = mesh_rt_map_ptr_offsets
            d.eq = mesh_rt_map_eq if kind == "map" else mesh_rt_set_eq
            d.hash = mesh_rt_map_hash if kind == "map" else mesh_rt_set_hash
            d.display = mesh_rt_map_display if kind == "map" else mesh_rt_set_display
            d.debug = mesh_rt_map_debug if kind == "map" else mesh_rt_set_debug
        elif kind == "queue":
            d.name = b"Queue"
            d.size = sizeof(mesh_queue)
            d.n_ptrs = 2
            d.ptr_offsets = mesh_rt_queue_ptr_offsets
        else:
            raise ValueError(f"unknown type key {t!r}")
    _descs[key] = <uintptr_t>d
    return d


def _key(t):
    return repr(t)


# ---- Python values <-> words ---------------------------------------------

cdef mesh_word to_mesh(object v, object t) except? 0xDEAD:
    cdef mesh_word w
    cdef double f
    cdef mesh_list *xs
    cdef mesh_map *m
    cdef mesh_queue *q
    cdef const mesh_type_desc *d
    if t == "int" or t == "collide":
        return <mesh_word><int64_t>v
    if t == "float":
        f = v
        memcpy(&w, &f, 8)
        return w
    if t == "str":
        return <mesh_word>from_py(v)
    if t == "range":
        return <mesh_word>mesh_rt_range_new(v[0], v[1])
    kind = t[0]
    if kind == "fn":
        return <mesh_word>py_closure(v, t)
    d = desc_of(t)
    if kind == "list":
        xs = mesh_rt_list_new(d)
        for x in v:
            xs = mesh_rt_list_append(xs, to_mesh(x, t[1]))
        return <mesh_word>xs
    if kind == "tuple":
        return <mesh_word>pair_new(d, to_mesh(v[0], t[1]), to_mesh(v[1], t[2]))
    if kind == "map":
        m = mesh_rt_map_new(d)
        for k, x in v:
            m = mesh_rt_map_put(m, to_mesh(k, t[1]), to_mesh(x, t[2]))
        return <mesh_word>m
    if kind == "set":
        m = mesh_rt_set_new(d)
        for x in v:
            m = mesh_rt_set_add(m, to_mesh(x, t[1]))
        return <mesh_word>m
    if kind == "queue":
        q = mesh_rt_queue_new(d)
        for x in v:
            q = mesh_rt_queue_push(q, to_mesh(x, t[1]))
        return <mesh_word>q
    raise ValueError(f"unknown type key {t!r}")


cdef object from_mesh(mesh_word w, object t):
    cdef double f
    cdef mesh_list *xs
    cdef mesh_map *m
    cdef mesh_queue *q
    cdef mesh_pair *p
    cdef mesh_range *r
    cdef mesh_word k, v
    cdef int64_t cursor, i
    if t == "int" or t == "collide":
        return <int64_t>w
    if t == "float":
        memcpy(&f, &w, 8)
        return f
    if t == "str":
        return to_py(<mesh_string *>w)
    if t == "range":
        r = <mesh_range *>w
        return (r.start, r.end)
    kind = t[0]
    if kind == "list":
        xs = <mesh_list *>w
        if xs.hdr.desc != desc_of(t):
            raise AssertionError("list has the wrong descriptor")
        return [from_mesh(xs.store.elems[xs.off + i], t[1]) for i in range(xs.len)]
    if kind == "tuple":
        p = <mesh_pair *>w
        return (from_mesh(p.first, t[1]), from_mesh(p.second, t[2]))
    if kind == "map":
        m = <mesh_map *>w
        out = []
        cursor = mesh_rt_map_next(m, 0, &k, &v)
        while cursor >= 0:
            out.append((from_mesh(k, t[1]), from_mesh(v, t[2])))
            cursor = mesh_rt_map_next(m, cursor, &k, &v)
        if len(out) != m.count:
            raise AssertionError("map count disagrees with its entries")
        return out
    if kind == "set":
        m = <mesh_map *>w
        out = []
        cursor = mesh_rt_set_next(m, 0, &k)
        while cursor >= 0:
            out.append(from_mesh(k, t[1]))
            cursor = mesh_rt_set_next(m, cursor, &k)
        return out
    if kind == "queue":
        q = <mesh_queue *>w
        return [from_mesh(q.store.elems[i], t[1]) for i in range(q.start, q.end)]
    raise ValueError(f"unknown type key {t!r}")


# ---- closures that call Python -------------------------------------------
# Record { header, code, PyObject *spec } where spec = (f, arg types, result
# type); the spec is kept alive by _closure_specs.

cdef list _closure_specs = []
cdef mesh_type_desc _py_closure_desc
_py_closure_desc.kind = MESH_KIND_RECORD
_py_closure_desc.size = 32
_py_closure_desc.name = b"PyClosure"

cdef struct py_closure_rec:
    mesh_obj_header hdr
    void *code
    PyObject *spec


cdef mesh_word py_closure_call1(mesh_closure *c, mesh_word a) noexcept with gil:
    spec = <object>(<py_closure_rec *>c).spec
    f, (ta,), tr = spec
    return to_mesh(f(from_mesh(a, ta)), tr)


cdef mesh_word py_closure_call2(mesh_closure *c, mesh_word a, mesh_word b) noexcept with gil:
    spec = <object>(<py_closure_rec *>c).spec
    f, (ta, tb), tr = spec
    return to_mesh(f(from_mesh(a, ta), from_mesh(b, tb)), tr)


cdef mesh_closure *py_closure(object f, object t) except NULL:
    # t = ("fn", (arg types...), result type)
    cdef py_closure_rec *c = <py_closure_rec *>mesh_rt_alloc(&_py_closure_desc, 32)
    spec = (f, tuple(t[1]), t[2])
    _closure_specs.append(spec)
    c.spec = <PyObject *>spec
    if len(t[1]) == 1:
        c.code = <void *>py_closure_call1
    else:
        c.code = <void *>py_closure_call2
    return <mesh_closure *>c


# ---- generic entry: call a runtime function by name ----------------------

def coll_roundtrip(value, t):
    """Python value -> Mesh object -> Python value."""
    core_init()
    return from_mesh(to_mesh(value, t), t)


def coll_display(value, t, bint debug=False):
    cdef const mesh_type_desc *d
    core_init()
    d = desc_of(t)
    w = to_mesh(value, t)
    if debug:
        return to_py(d.debug(w))
    return to_py(d.display(w))


def coll_eq(a, b, t):
    core_init()
    d = desc_of(t)
    return desc_of(t).eq(to_mesh(a, t), to_mesh(b, t)) != 0


def coll_cmp(a, b, t):
    core_init()
    return desc_of(t).cmp(to_mesh(a, t), to_mesh(b, t))


def coll_hash(a, t):
    core_init()
    return desc_of(t).hash(to_mesh(a, t))


# ---- calling runtime functions by name -----------------------------------
# rt_call(name, [(value, type key), ...], result type key) converts the
# arguments, calls mesh_rt_<name> and converts the result.  A ("desc", T)
# argument passes the descriptor of T.  Functions with an out-parameter
# return None when they report "not found".

cdef inline mesh_list *L(mesh_word w) noexcept nogil:
    return <mesh_list *>w

cdef inline mesh_map *M(mesh_word w) noexcept nogil:
    return <mesh_map *>w

cdef inline mesh_string *S(mesh_word w) noexcept nogil:
    return <mesh_string *>w

cdef inline mesh_closure *F(mesh_word w) noexcept nogil:
    return <mesh_closure *>w

cdef inline const mesh_type_desc *D(mesh_word w) noexcept nogil:
    return <const mesh_type_desc *>w


def rt_call(str name, list args, result_type):
    cdef mesh_word w[4]
    cdef mesh_word r = 0, out = 0
    cdef int64_t iout = 0
    cdef double fout = 0
    cdef int8_t found
    core_init()
    for i, (value, t) in enumerate(args):
        if t is None:           # handled by the function's own wrapper
            w[i] = 0
        elif isinstance(t, tuple) and t[0] == "desc":
            w[i] = <mesh_word>desc_of(t[1])
        else:
            w[i] = to_mesh(value, t)
    # strings
    if name == "string_slice":
        r = <mesh_word>mesh_rt_string_slice(S(w[0]), <int64_t>w[1], <int64_t>w[2])
    elif name == "string_contains":
        r = mesh_rt_string_contains(S(w[0]), S(w[1]))
    elif name == "string_starts_with":
        r = mesh_rt_string_starts_with(S(w[0]), S(w[1]))
    elif name == "string_ends_with":
        r = mesh_rt_string_ends_with(S(w[0]), S(w[1]))
    elif name == "string_trim":
        r = <mesh_word>mesh_rt_string_trim(S(w[0]))
    elif name == "string_to_upper":
        r = <mesh_word>mesh_rt_string_to_upper(S(w[0]))
    elif name == "string_to_lower":
        r = <mesh_word>mesh_rt_string_to_lower(S(w[0]))
    elif name == "string_replace":
        r = <mesh_word>mesh_rt_string_replace(S(w[0]), S(w[1]), S(w[2]))
    elif name == "string_split":
        r = <mesh_word>mesh_rt_string_split(S(w[0]), S(w[1]))
        if L(r).hdr.desc != &mesh_rt_list_string_desc:
            raise AssertionError("split result has the wrong descriptor")
        return [to_py(S(L(r).store.elems[L(r).off + i])) for i in range(L(r).len)]
    elif name == "string_join":
        r = <mesh_word>mesh_rt_string_join(L(w[0]), S(w[1]))
    elif name == "string_to_int":
        found = mesh_rt_string_to_int(S(w[0]), &iout)
        return iout if found else None
    elif name == "string_to_float":
        found = mesh_rt_string_to_float(S(w[0]), &fout)
        return fout if found else None
    elif name == "string_concat_n":
        return _concat_n(args[0][0])
    # lists
    elif name == "list_length":
        r = mesh_rt_list_length(L(w[0]))
    elif name == "list_append":
        r = <mesh_word>mesh_rt_list_append(L(w[0]), w[1])
    elif name == "list_prepend":
        r = <mesh_word>mesh_rt_list_prepend(w[0], L(w[1]))
    elif name == "list_head":
        r = mesh_rt_list_head(L(w[0]))
    elif name == "list_tail":
        r = <mesh_word>mesh_rt_list_tail(L(w[0]))
    elif name == "list_last":
        r = mesh_rt_list_last(L(w[0]))
    elif name == "list_get":
        r = mesh_rt_list_get(L(w[0]), <int64_t>w[1])
    elif name == "list_concat":
        r = <mesh_word>mesh_rt_list_concat(L(w[0]), L(w[1]))
    elif name == "list_reverse":
        r = <mesh_word>mesh_rt_list_reverse(L(w[0]))
    elif name == "list_take":
        r = <mesh_word>mesh_rt_list_take(L(w[0]), <int64_t>w[1])
    elif name == "list_drop":
        r = <mesh_word>mesh_rt_list_drop(L(w[0]), <int64_t>w[1])
    elif name == "list_contains":
        r = mesh_rt_list_contains(L(w[0]), w[1])
    elif name == "list_sort":
        r = <mesh_word>mesh_rt_list_sort(L(w[0]))
    elif name == "list_sort_by":
        r = <mesh_word>mesh_rt_list_sort_by(L(w[0]), F(w[1]))
    elif name == "list_zip":
        r = <mesh_word>mesh_rt_list_zip(L(w[0]), L(w[1]), D(w[2]))
    elif name == "list_flatten":
        r = <mesh_word>mesh_rt_list_flatten(L(w[0]), D(w[1]))
    elif name == "list_enumerate":
        r = <mesh_word>mesh_rt_list_enumerate(L(w[0]), D(w[1]))
    elif name == "list_map":
        r = <mesh_word>mesh_rt_list_map(L(w[0]), F(w[1]), D(w[2]))
    elif name == "list_filter":
        r = <mesh_word>mesh_rt_list_filter(L(w[0]), F(w[1]))
    elif name == "list_reduce":
        r = mesh_rt_list_reduce(L(w[0]), w[1], F(w[2]))
    elif name == "list_find":
        found = mesh_rt_list_find(L(w[0]), F(w[1]), &out)
        return from_mesh(out, result_type) if found else None
    elif name == "list_any":
        r = mesh_rt_list_any(L(w[0]), F(w[1]))
    elif name == "list_all":
        r = mesh_rt_list_all(L(w[0]), F(w[1]))
    elif name == "list_flat_map":
        r = <mesh_word>mesh_rt_list_flat_map(L(w[0]), F(w[1]), D(w[2]))
    # maps
    elif name == "map_put":
        r = <mesh_word>mesh_rt_map_put(M(w[0]), w[1], w[2])
    elif name == "map_get":
        found = mesh_rt_map_get(M(w[0]), w[1], &out)
        return from_mesh(out, result_type) if found else None
    elif name == "map_has_key":
        r = mesh_rt_map_has_key(M(w[0]), w[1])
    elif name == "map_delete":
        r = <mesh_word>mesh_rt_map_delete(M(w[0]), w[1])
    elif name == "map_size":
        r = mesh_rt_map_size(M(w[0]))
    elif name == "map_keys":
        r = <mesh_word>mesh_rt_map_keys(M(w[0]), D(w[1]))
    elif name == "map_values":
        r = <mesh_word>mesh_rt_map_values(M(w[0]), D(w[1]))
    elif name == "map_to_list":
        r = <mesh_word>mesh_rt_map_to_list(M(w[0]), D(w[1]))
    elif name == "map_from_list":
        r = <mesh_word>mesh_rt_map_from_list(L(w[0]), D(w[1]))
    elif name == "map_merge":
        r = <mesh_word>mesh_rt_map_merge(M(w[0]), M(w[1]))
    # sets
    elif name == "set_add":
        r = <mesh_word>mesh_rt_set_add(M(w[0]), w[1])
    elif name == "set_remove":
        r = <mesh_word>mesh_rt_set_remove(M(w[0]), w[1])
    elif name == "set_contains":
        r = mesh_rt_set_contains(M(w[0]), w[1])
    elif name == "set_size":
        r = mesh_rt_set_size(M(w[0]))
    elif name == "set_union":
        r = <mesh_word>mesh_rt_set_union(M(w[0]), M(w[1]))
    elif name == "set_intersection":
        r = <mesh_word>mesh_rt_set_intersection(M(w[0]), M(w[1]))
    elif name == "set_difference":
        r = <mesh_word>mesh_rt_set_difference(M(w[0]), M(w[1]))
    elif name == "set_to_list":
        r = <mesh_word>mesh_rt_set_to_list(M(w[0]), D(w[1]))
    elif name == "set_from_list":
        r = <mesh_word>mesh_rt_set_from_list(L(w[0]), D(w[1]))
    # queues
    elif name == "queue_push":
        r = <mesh_word>mesh_rt_queue_push(<mesh_queue *>w[0], w[1])
    elif name == "queue_pop":
        r = <mesh_word>mesh_rt_queue_pop(<mesh_queue *>w[0], D(w[1]))
    elif name == "queue_peek":
        r = mesh_rt_queue_peek(<mesh_queue *>w[0])
    elif name == "queue_size":
        r = mesh_rt_queue_size(<mesh_queue *>w[0])
    elif name == "queue_is_empty":
        r = mesh_rt_queue_is_empty(<mesh_queue *>w[0])
    # ranges
    elif name == "range_length":
        r = mesh_rt_range_length(<mesh_range *>w[0])
    elif name == "range_to_list":
        r = <mesh_word>mesh_rt_range_to_list(<mesh_range *>w[0], D(w[1]))
    elif name == "range_map":
        r = <mesh_word>mesh_rt_range_map(<mesh_range *>w[0], F(w[1]), D(w[2]))
    elif name == "range_filter":
        r = <mesh_word>mesh_rt_range_filter(<mesh_range *>w[0], F(w[1]), D(w[2]))
    else:
        raise ValueError(f"unknown runtime function {name!r}")
    if result_type == "bool":
        return r != 0
    return from_mesh(r, result_type)


cdef str _concat_n(list texts):
    cdef mesh_string *parts[16]
    if len(texts) > 16:
        raise ValueError("at most 16 parts")
    for i, text in enumerate(texts):
        parts[i] = from_py(text)
    return to_py(mesh_rt_string_concat_n(parts, len(texts)))


def string_same_object(str text, str op):
    """Whether an operation that changes nothing returns its argument."""
    core_init()
    cdef mesh_string *s = from_py(text)
    cdef mesh_string *r
    if op == "trim":
        r = mesh_rt_string_trim(s)
    elif op == "upper":
        r = mesh_rt_string_to_upper(s)
    else:
        r = mesh_rt_string_to_lower(s)
    return r == s


def map_put_benchmark(int64_t n):
    """n puts of Int keys 0..n-1 into one map; returns (seconds, size)."""
    import time
    cdef const mesh_type_desc *d
    cdef mesh_map *m
    cdef int64_t i
    core_init()
    d = desc_of(("map", "int", "int"))
    start = time.perf_counter()
    with nogil:
        m = mesh_rt_map_new(d)
        for i in range(n):
            m = mesh_rt_map_put(m, <mesh_word>i, <mesh_word>(i * 2))
    return time.perf_counter() - start, mesh_rt_map_size(m)


def list_versions(script):
    """Replays (op, which, arg) steps on persistent List<Int> versions.

    Each step derives a new version from versions[which % count] with
    op in append/tail/take/drop/concat (concat appends [arg, arg]).  All
    versions are read back at the end, so a version corrupted by a later
    in-place append shows up.  (Under Python the collector is off by
    default, so the addresses kept in a Python list stay valid.)
    """
    core_init()
    cdef const mesh_type_desc *d = desc_of(("list", "int"))
    cdef mesh_list *base
    cdef mesh_list *two
    cdef mesh_word pair[2]
    versions = [<uintptr_t>mesh_rt_list_new(d)]
    for op, which, arg in script:
        base = <mesh_list *><uintptr_t>versions[which % len(versions)]
        if op == "append":
            versions.append(<uintptr_t>mesh_rt_list_append(base, arg))
        elif op == "tail":
            if base.len == 0:
                continue
            versions.append(<uintptr_t>mesh_rt_list_tail(base))
        elif op == "take":
            versions.append(<uintptr_t>mesh_rt_list_take(base, arg))
        elif op == "drop":
            versions.append(<uintptr_t>mesh_rt_list_drop(base, arg))
        elif op == "concat":
            pair[0] = arg
            pair[1] = arg
            two = mesh_rt_list_from_array(d, pair, 2)
            versions.append(<uintptr_t>mesh_rt_list_concat(base, two))
    return [from_mesh(<mesh_word>v, ("list", "int")) for v in versions]


def map_script(script, t):
    """Applies ("put", k, v) / ("delete", k, _) steps to one map; returns
    its entries in order, after checking get/has_key on every step."""
    core_init()
    cdef mesh_map *m = mesh_rt_map_new(desc_of(t))
    cdef mesh_word out
    for op, k, v in script:
        if op == "put":
            m = mesh_rt_map_put(m, to_mesh(k, t[1]), to_mesh(v, t[2]))
            if not mesh_rt_map_get(m, to_mesh(k, t[1]), &out) or from_mesh(out, t[2]) != v:
                raise AssertionError(f"get after put {k!r}")
        else:
            m = mesh_rt_map_delete(m, to_mesh(k, t[1]))
            if mesh_rt_map_has_key(m, to_mesh(k, t[1])):
                raise AssertionError(f"has_key after delete {k!r}")
    return from_mesh(<mesh_word>m, t)


def set_script(script, t):
    """Applies (add?, x) steps to one set; returns its elements in order."""
    core_init()
    cdef mesh_map *s = mesh_rt_set_new(desc_of(t))
    for add, x in script:
        if add:
            s = mesh_rt_set_add(s, to_mesh(x, t[1]))
        else:
            s = mesh_rt_set_remove(s, to_mesh(x, t[1]))
        if mesh_rt_set_contains(s, to_mesh(x, t[1])) != add:
            raise AssertionError(f"contains after {'add' if add else 'remove'} {x!r}")
    return from_mesh(<mesh_word>s, t)


def queue_versions(script):
    """Like list_versions, for Queue<Int> with push/pop."""
    core_init()
    cdef const mesh_type_desc *d = desc_of(("queue", "int"))
    cdef const mesh_type_desc *td = desc_of(("tuple", "int", ("queue", "int")))
    cdef mesh_queue *base
    cdef mesh_pair *p
    versions = [<uintptr_t>mesh_rt_queue_new(d)]
    for op, which, x in script:
        base = <mesh_queue *><uintptr_t>versions[which % len(versions)]
        if op == "push":
            versions.append(<uintptr_t>mesh_rt_queue_push(base, x))
        elif not mesh_rt_queue_is_empty(base):
            p = <mesh_pair *>mesh_rt_queue_pop(base, td)
            if <int64_t>p.first != <int64_t>mesh_rt_queue_peek(base):
                raise AssertionError("pop and peek disagree")
            versions.append(<uintptr_t>p.second)
    return [from_mesh(<mesh_word>v, ("queue", "int")) for v in versions]


def queue_churn(int64_t rounds):
    """rounds x (push, push-or-pop): returns (final size, largest store)."""
    core_init()
    cdef const mesh_type_desc *td = desc_of(("tuple", "int", ("queue", "int")))
    cdef mesh_queue *q = mesh_rt_queue_new(desc_of(("queue", "int")))
    cdef int64_t i, max_cap = 0
    for i in range(rounds):
        q = mesh_rt_queue_push(q, i)
        if i % 2:
            q = <mesh_queue *>(<mesh_pair *>mesh_rt_queue_pop(q, td)).second
        if q.store != NULL and q.store.cap > max_cap:
            max_cap = q.store.cap
    return mesh_rt_queue_size(q), max_cap


def collections_gc_pressure(bint on, int64_t floor=64 * 1024):
    """Makes the collector run under Python, every `floor` bytes (on), or
    restores the defaults (off).  Only wrappers that keep their objects in
    C locals (rt_call, map_script, set_script, queue_churn) are safe under
    pressure: Python-held addresses are invisible to the collector."""
    core_init()
    cdef mesh_heap *heap = current_heap()
    global _saved_floor, _saved_mode
    if on:
        _saved_floor = heap.floor
        _saved_mode = heap.auto_mode
        heap.floor = floor
        heap.threshold = floor
        heap.auto_mode = 1
    else:
        heap.floor = _saved_floor
        heap.threshold = _saved_floor
        heap.auto_mode = _saved_mode

cdef int64_t _saved_floor = 0
cdef int _saved_mode = 0


def map_versions(script, t):
    """Replays (op, which, key, value) steps, op in put/delete, each on
    versions[which % count] of a map of type t, keeping every version;
    returns the entries of all versions, read at the end."""
    core_init()
    cdef mesh_map *base
    versions = [<uintptr_t>mesh_rt_map_new(desc_of(t))]
    for op, which, k, v in script:
        base = <mesh_map *><uintptr_t>versions[which % len(versions)]
        if op == "put":
            versions.append(<uintptr_t>mesh_rt_map_put(base, to_mesh(k, t[1]), to_mesh(v, t[2])))
        else:
            versions.append(<uintptr_t>mesh_rt_map_delete(base, to_mesh(k, t[1])))
    return [from_mesh(<mesh_word>v, t) for v in versions]
