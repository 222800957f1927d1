/*
 * json_layout.h -- descriptors of the built-in sum type Json (spec 11
 * s13.1) and of the collections the JSON parser builds, plus the STATIC
 * JsonNull.  Statically initialised, which Cython cannot express; included
 * once, through rt/json_values.pyx.
 *
 * A Json value has codegen's sum layout (mesh_rt.h, "JSON"): a variant
 * record { header, tag, payload } whose header points to the variant's
 * descriptor (name = variant name, the payload traced when it is a
 * pointer), and JsonNull a STATIC { header, tag } constant.  Every variant
 * descriptor carries the operations of the type Json, as codegen's do.
 */
#ifndef MESH_JSON_LAYOUT_H
#define MESH_JSON_LAYOUT_H

#include <stddef.h>
#include "mesh_rt.h"

static const int64_t mesh_json_payload_offset[1] = {offsetof(mesh_json, payload)};

#define MESH_JSON_OPS                                                        \
    mesh_rt_json_eq, 0, mesh_rt_json_hash, mesh_rt_json_display,             \
    mesh_rt_json_debug, 0
#define MESH_JSON_VARIANT(NAME, SIZE, NPTRS)                                 \
    { MESH_KIND_RECORD, MESH_DESC_POINTER, (SIZE), 0, (NPTRS),               \
      (NPTRS) ? mesh_json_payload_offset : 0, NAME, 0, 0, 0, 0, MESH_JSON_OPS }

const mesh_type_desc mesh_rt_json_desc = {
    MESH_KIND_RECORD, MESH_DESC_POINTER, 0, 0, 0, 0, "Json", 0, 0, 0, 0,
    MESH_JSON_OPS};

const mesh_type_desc mesh_rt_json_variant_descs[7] = {
    MESH_JSON_VARIANT("JsonNull", (int64_t)sizeof(mesh_json_null_obj), 0),
    MESH_JSON_VARIANT("JsonBool", (int64_t)sizeof(mesh_json), 0),
    MESH_JSON_VARIANT("JsonInt", (int64_t)sizeof(mesh_json), 0),
    MESH_JSON_VARIANT("JsonFloat", (int64_t)sizeof(mesh_json), 0),
    MESH_JSON_VARIANT("JsonString", (int64_t)sizeof(mesh_json), 1),
    MESH_JSON_VARIANT("JsonArray", (int64_t)sizeof(mesh_json), 1),
    MESH_JSON_VARIANT("JsonObject", (int64_t)sizeof(mesh_json), 1)};

const mesh_json_null_obj mesh_rt_json_null = {
    {&mesh_rt_json_variant_descs[MESH_JSON_NULL], MESH_FLAG_STATIC},
    MESH_JSON_NULL};

/* List<Json> and Map<String, Json>: what JsonArray and JsonObject hold. */
static const mesh_type_desc *const mesh_json_list_params[1] = {&mesh_rt_json_desc};
const mesh_type_desc mesh_rt_list_json_desc = MESH_LIST_DESC(mesh_json_list_params);
static const mesh_type_desc *const mesh_json_map_params[2] = {
    &mesh_rt_string_desc, &mesh_rt_json_desc};
const mesh_type_desc mesh_rt_map_string_json_desc = MESH_MAP_DESC(mesh_json_map_params);

#endif /* MESH_JSON_LAYOUT_H */
