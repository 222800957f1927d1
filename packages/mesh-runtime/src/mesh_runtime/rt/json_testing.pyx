# Python-level wrappers for JSON (rt/json_*.pyx), for pytest only.
# Json values cross as Python values: None, bool, int (JsonInt), float
# (JsonFloat), str, list, dict (member order kept).

from libc.stdint cimport int8_t, int64_t


cdef mesh_json *json_from_py(object v) except NULL:
    cdef mesh_list *xs
    cdef mesh_map *m
    if v is None:
        return json_null()
    if isinstance(v, bool):
        return json_new(MESH_JSON_BOOL, 1 if v else 0)
    if isinstance(v, int):
        return json_new(MESH_JSON_INT, <mesh_word><int64_t>v)
    if isinstance(v, float):
        return json_new_float(v)
    if isinstance(v, str):
        return json_new(MESH_JSON_STRING, <mesh_word>from_py(v))
    if isinstance(v, list):
        xs = list_with_capacity(&mesh_rt_list_json_desc, 0)
        for x in v:
            list_push(xs, <mesh_word>json_from_py(x))
        return json_new(MESH_JSON_ARRAY, <mesh_word>xs)
    if isinstance(v, dict):
        m = mesh_rt_map_new(&mesh_rt_map_string_json_desc)
        for k, x in v.items():
            m = mesh_rt_map_put(m, <mesh_word>from_py(k), <mesh_word>json_from_py(x))
        return json_new(MESH_JSON_OBJECT, <mesh_word>m)
    raise TypeError(f"not a JSON value: {v!r}")


cdef object json_to_py(const mesh_json *j):
    cdef const mesh_list *xs
    cdef const mesh_map *m
    cdef mesh_word k, v
    cdef int64_t cursor, i
    if j.hdr.desc != &mesh_rt_json_variant_descs[j.tag]:
        raise AssertionError("Json value has the wrong descriptor")
    if j.tag == MESH_JSON_NULL:
        if not (j.hdr.flags & MESH_FLAG_STATIC):
            raise AssertionError("JsonNull must be the static constant")
        return None
    if j.tag == MESH_JSON_BOOL:
        return j.payload == 1
    if j.tag == MESH_JSON_INT:
        return <int64_t>j.payload
    if j.tag == MESH_JSON_FLOAT:
        return json_float(j)
    if j.tag == MESH_JSON_STRING:
        return to_py(<mesh_string *>j.payload)
    if j.tag == MESH_JSON_ARRAY:
        xs = <const mesh_list *>j.payload
        return [json_to_py(<const mesh_json *>xs.store.elems[xs.off + i]) for i in range(xs.len)]
    m = <const mesh_map *>j.payload
    out = {}
    cursor = mesh_rt_map_next(m, 0, &k, &v)
    while cursor >= 0:
        out[to_py(<mesh_string *>k)] = json_to_py(<const mesh_json *>v)
        cursor = mesh_rt_map_next(m, cursor, &k, &v)
    return out


def json_parse(str text):
    """("ok", value) or ("err", message)."""
    cdef mesh_json *j = NULL
    cdef mesh_string *err = NULL
    core_init()
    if mesh_rt_json_parse(from_py(text), &j, &err):
        return ("ok", json_to_py(j))
    return ("err", to_py(err))


def json_parse_bytes(bytes data):
    """As json_parse, for input that is not text Python would produce."""
    cdef mesh_json *j = NULL
    cdef mesh_string *err = NULL
    core_init()
    if mesh_rt_json_parse(mesh_rt_string_new(data, len(data)), &j, &err):
        return ("ok", json_to_py(j))
    return ("err", to_py(err))


def json_encode(value):
    core_init()
    return to_py(mesh_rt_json_encode(json_from_py(value)))


def json_encode_scalar(str kind, value):
    core_init()
    if kind == "string":
        return to_py(mesh_rt_json_encode_string(from_py(value)))
    if kind == "int":
        return to_py(mesh_rt_json_encode_int(value))
    if kind == "float":
        return to_py(mesh_rt_json_encode_float(value))
    if kind == "bool":
        return to_py(mesh_rt_json_encode_bool(1 if value else 0))
    if kind == "map":
        return to_py(mesh_rt_json_encode_map(
            <mesh_map *>to_mesh(list(value.items()), ("map", "str", "str"))))
    if kind == "list":
        return to_py(mesh_rt_json_encode_list(<mesh_list *>to_mesh(value, ("list", "str"))))
    raise ValueError(kind)


def json_get(src, str k1, k2=None):
    """Json.get(src, k1) or, with k2, Json.get_nested; src is text (str) or
    a Python JSON value given as ("value", v)."""
    core_init()
    if isinstance(src, str):
        if k2 is None:
            return to_py(mesh_rt_json_get_text(from_py(src), from_py(k1)))
        return to_py(mesh_rt_json_get_nested_text(from_py(src), from_py(k1), from_py(k2)))
    j = <mesh_word>json_from_py(src[1])
    if k2 is None:
        return to_py(mesh_rt_json_get(<mesh_json *>j, from_py(k1)))
    return to_py(mesh_rt_json_get_nested(<mesh_json *>j, from_py(k1), from_py(k2)))


def json_value_text(value, bint debug=False):
    core_init()
    cdef mesh_word j = <mesh_word>json_from_py(value)
    cdef const mesh_type_desc *d = (<mesh_json *>j).hdr.desc
    return to_py(d.debug(j) if debug else d.display(j))


def json_eq_hash(a, b):
    """(eq, hash(a) == hash(b)) through the type descriptor's operations."""
    core_init()
    cdef mesh_word x = <mesh_word>json_from_py(a)
    cdef mesh_word y = <mesh_word>json_from_py(b)
    return (mesh_rt_json_desc.eq(x, y) == 1,
            mesh_rt_json_desc.hash(x) == mesh_rt_json_desc.hash(y))


def json_layout():
    """What codegen relies on: tags, sizes, payload offsets, names."""
    import ctypes
    rows = []
    for tag in range(7):
        d = &mesh_rt_json_variant_descs[tag]
        rows.append((d.name.decode(), d.size, d.n_ptrs,
                     d.ptr_offsets[0] if d.n_ptrs else None))
    return rows
