# The built-in sum type Json (spec 11 s13.1): construction and its value
# operations (eq, hash, Display, Debug).  Layout and descriptors:
# rt/json_layout.h; ABI: mesh_rt.h, "JSON".

from libc.stdint cimport int8_t, int64_t, uint64_t
from libc.string cimport memcpy

cdef extern from "mesh_rt.h" nogil:
    ctypedef struct mesh_json:
        mesh_obj_header hdr
        int64_t tag
        mesh_word payload
    ctypedef struct mesh_json_null_obj:
        mesh_obj_header hdr
        int64_t tag
    enum:
        MESH_JSON_NULL
        MESH_JSON_BOOL
        MESH_JSON_INT
        MESH_JSON_FLOAT
        MESH_JSON_STRING
        MESH_JSON_ARRAY
        MESH_JSON_OBJECT

cdef extern from "json_layout.h" nogil:
    const mesh_type_desc mesh_rt_json_desc
    const mesh_type_desc mesh_rt_json_variant_descs[7]
    const mesh_json_null_obj mesh_rt_json_null
    const mesh_type_desc mesh_rt_list_json_desc
    const mesh_type_desc mesh_rt_map_string_json_desc

cdef inline mesh_json *json_null() noexcept nogil:
    return <mesh_json *>&mesh_rt_json_null


cdef mesh_json *json_new(int64_t tag, mesh_word payload) noexcept nogil:
    cdef mesh_json *j = <mesh_json *>mesh_rt_alloc(&mesh_rt_json_variant_descs[tag],
                                                   sizeof(mesh_json))
    j.tag = tag
    j.payload = payload
    return j


cdef mesh_json *json_new_float(double value) noexcept nogil:
    cdef mesh_word w
    memcpy(&w, &value, 8)
    return json_new(MESH_JSON_FLOAT, w)


cdef inline double json_float(const mesh_json *j) noexcept nogil:
    cdef double f
    memcpy(&f, &j.payload, 8)
    return f


cdef public int8_t mesh_rt_json_eq(mesh_word a, mesh_word b) noexcept nogil:
    # Structural; JsonFloat compares as Float (IEEE), JsonObject ignores
    # member order (Map equality, spec 05 s7).
    cdef const mesh_json *x = <const mesh_json *>a
    cdef const mesh_json *y = <const mesh_json *>b
    if x.tag != y.tag:
        return 0
    if x.tag == MESH_JSON_NULL:
        return 1
    if x.tag == MESH_JSON_BOOL or x.tag == MESH_JSON_INT:
        return x.payload == y.payload
    if x.tag == MESH_JSON_FLOAT:
        return json_float(x) == json_float(y)
    if x.tag == MESH_JSON_STRING:
        return mesh_rt_string_word_eq(x.payload, y.payload)
    if x.tag == MESH_JSON_ARRAY:
        return mesh_rt_list_eq(x.payload, y.payload)
    return mesh_rt_map_eq(x.payload, y.payload)


cdef public uint64_t mesh_rt_json_hash(mesh_word a) noexcept nogil:
    cdef const mesh_json *x = <const mesh_json *>a
    cdef uint64_t h
    if x.tag == MESH_JSON_NULL:
        h = 0
    elif x.tag == MESH_JSON_BOOL or x.tag == MESH_JSON_INT:
        h = mesh_rt_int_hash(x.payload)
    elif x.tag == MESH_JSON_FLOAT:
        h = mesh_rt_float_hash(x.payload)
    elif x.tag == MESH_JSON_STRING:
        h = mesh_rt_string_hash(x.payload)
    elif x.tag == MESH_JSON_ARRAY:
        h = mesh_rt_list_hash(x.payload)
    else:
        h = mesh_rt_map_hash(x.payload)
    return hash_mix(h * 31 + <uint64_t>x.tag)


cdef mesh_string *json_show(mesh_word a, bint debug) noexcept nogil:
    # As a derived Display/Debug of the sum type: `JsonNull`,
    # `JsonInt(3)`, `JsonString(hi)` / `JsonString("hi")`, payloads shown
    # with their own operations (spec 05 s8).
    cdef const mesh_json *x = <const mesh_json *>a
    cdef strbuf sb
    cdef const mesh_type_desc *d
    sb_init(&sb)
    sb_put_cstr(&sb, mesh_rt_json_variant_descs[x.tag].name)   # the variant name
    if x.tag != MESH_JSON_NULL:
        if x.tag == MESH_JSON_BOOL:
            d = &mesh_rt_bool_desc
        elif x.tag == MESH_JSON_INT:
            d = &mesh_rt_int_desc
        elif x.tag == MESH_JSON_FLOAT:
            d = &mesh_rt_float_desc
        elif x.tag == MESH_JSON_STRING:
            d = &mesh_rt_string_desc
        elif x.tag == MESH_JSON_ARRAY:
            d = &mesh_rt_list_json_desc
        else:
            d = &mesh_rt_map_string_json_desc
        sb_put(&sb, b"(", 1)
        show_word(&sb, d, x.payload, debug)
        sb_put(&sb, b")", 1)
    return sb_finish(&sb)


cdef public mesh_string *mesh_rt_json_display(mesh_word a) noexcept nogil:
    return json_show(a, False)


cdef public mesh_string *mesh_rt_json_debug(mesh_word a) noexcept nogil:
    return json_show(a, True)
