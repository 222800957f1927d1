/*
 * collections_descs.h -- descriptors of the collection objects' internal
 * parts (vector stores, hash trie nodes) and of the collection types
 * the runtime itself produces (Range, List<String>).  Like
 * csrc/mesh_builtin_descs.h they must be initialised statically, which
 * Cython cannot express.  Included once, through rt/collections.pxd.
 */
#ifndef MESH_COLLECTIONS_DESCS_H
#define MESH_COLLECTIONS_DESCS_H

#include <stddef.h>
#include "mesh_rt.h"

/* Layout words codegen puts in its List/Map/Set/Queue descriptors. */
const int64_t mesh_rt_list_ptr_offsets[2] = {
    offsetof(mesh_list, store), offsetof(mesh_list, tip)};
const int64_t mesh_rt_map_ptr_offsets[4] = {
    offsetof(mesh_map, keys), offsetof(mesh_map, tip), offsetof(mesh_map, root),
    offsetof(mesh_map, family)};
const int64_t mesh_rt_queue_ptr_offsets[2] = {
    offsetof(mesh_queue, store), offsetof(mesh_queue, tip)};

/* Vector stores: the array kind follows the elements, so the GC scans the
 * slots of a List<String> and skips those of a List<Int>. */
static const mesh_type_desc mesh_vec_store_ptr_desc = {
    MESH_KIND_PTR_ARRAY, 0, (int64_t)sizeof(mesh_vec_store), 8, 0, 0,
    "VecStore", 0, 0};
static const mesh_type_desc mesh_vec_store_data_desc = {
    MESH_KIND_DATA_ARRAY, 0, (int64_t)sizeof(mesh_vec_store), 8, 0, 0,
    "VecStore", 0, 0};
static const mesh_type_desc mesh_vec_tip_desc = {
    MESH_KIND_RECORD, 0, (int64_t)sizeof(mesh_vec_tip), 0, 0, 0, "VecTip", 0, 0};

/* State shared by the map versions whose tries share nodes (a "family",
 * rt/map_champ.pyx): whether two key vectors have come to share them. */
typedef struct mesh_map_family {
    mesh_obj_header hdr;
    int64_t forked;
} mesh_map_family;
static const mesh_type_desc mesh_map_family_desc = {
    MESH_KIND_RECORD, 0, (int64_t)sizeof(mesh_map_family), 0, 0, 0, "MapFamily", 0, 0};

/* The hash index of maps and sets (rt/map_champ.pyx): CHAMP trie nodes
 * with entries stored inline.  A node is
 *   { header, datamap, nodemap, words[] }
 * where words holds 3 words per entry (key, value, slot) for each bit of
 * datamap, then one child pointer per bit of nodemap.  Which words are
 * pointers depends on the bitmaps and on the key and value types, so nodes
 * are OPAQUE objects traced by the functions below, one descriptor per
 * (key is pointer, value is pointer) combination.  A collision node
 * { header, n, words[3 n] } holds entries whose full hashes are equal. */
typedef struct mesh_champ_node {
    mesh_obj_header hdr;
    uint32_t datamap;
    uint32_t nodemap;
    mesh_word words[];
} mesh_champ_node;

typedef struct mesh_champ_collision {
    mesh_obj_header hdr;
    int64_t n;
    mesh_word words[];
} mesh_champ_collision;

static inline int mesh_champ_popcount(uint32_t v) {
    /* Bit arithmetic: without -mpopcnt the builtin is a library call. */
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    v = (v + (v >> 4)) & 0x0F0F0F0Fu;
    return (int)((v * 0x01010101u) >> 24);
}

static inline void mesh_champ_visit_entries(mesh_word *w, int64_t n, int kp,
                                            int vp, mesh_visit_fn visit,
                                            void *ctx) {
    for (int64_t i = 0; i < n; i++) {
        if (kp) visit((void **)&w[3 * i], ctx);
        if (vp) visit((void **)&w[3 * i + 1], ctx);
    }
}

#define MESH_CHAMP_TRACERS(SUFFIX, KP, VP)                                   \
    static void mesh_champ_trace_node_##SUFFIX(void *obj, mesh_visit_fn visit, \
                                               void *ctx) {                  \
        mesh_champ_node *n = (mesh_champ_node *)obj;                         \
        int nd = mesh_champ_popcount(n->datamap);                            \
        int nn = mesh_champ_popcount(n->nodemap);                            \
        mesh_champ_visit_entries(n->words, nd, KP, VP, visit, ctx);          \
        for (int i = 0; i < nn; i++)                                         \
            visit((void **)&n->words[3 * nd + i], ctx);                      \
    }                                                                        \
    static void mesh_champ_trace_collision_##SUFFIX(                         \
        void *obj, mesh_visit_fn visit, void *ctx) {                         \
        mesh_champ_collision *c = (mesh_champ_collision *)obj;               \
        mesh_champ_visit_entries(c->words, c->n, KP, VP, visit, ctx);        \
    }
MESH_CHAMP_TRACERS(none, 0, 0)
MESH_CHAMP_TRACERS(k, 1, 0)
MESH_CHAMP_TRACERS(v, 0, 1)
MESH_CHAMP_TRACERS(kv, 1, 1)

#define MESH_CHAMP_DESC(NAME, TRACE)                                         \
    { MESH_KIND_OPAQUE, 0, 0, 0, 0, 0, NAME, 0, 0, 0, 0, 0, 0, 0, 0, 0, TRACE }
/* Index: (key is pointer) | (value is pointer) << 1. */
static const mesh_type_desc mesh_champ_node_descs[4] = {
    MESH_CHAMP_DESC("ChampNode", mesh_champ_trace_node_none),
    MESH_CHAMP_DESC("ChampNode", mesh_champ_trace_node_k),
    MESH_CHAMP_DESC("ChampNode", mesh_champ_trace_node_v),
    MESH_CHAMP_DESC("ChampNode", mesh_champ_trace_node_kv)};
static const mesh_type_desc mesh_champ_collision_descs[4] = {
    MESH_CHAMP_DESC("ChampCollision", mesh_champ_trace_collision_none),
    MESH_CHAMP_DESC("ChampCollision", mesh_champ_trace_collision_k),
    MESH_CHAMP_DESC("ChampCollision", mesh_champ_trace_collision_v),
    MESH_CHAMP_DESC("ChampCollision", mesh_champ_trace_collision_kv)};

/* Range: two Ints, no pointers. */
const mesh_type_desc mesh_rt_range_desc = {
    MESH_KIND_RECORD, MESH_DESC_POINTER, (int64_t)sizeof(mesh_range), 0, 0, 0,
    "Range", 0, 0, 0, 0,
    mesh_rt_range_eq, mesh_rt_range_cmp, mesh_rt_range_hash,
    mesh_rt_range_display, mesh_rt_range_display, 0};

/* List<String>, the result of String.split. */
static const mesh_type_desc *const mesh_list_string_params[1] = {
    &mesh_rt_string_desc};
const mesh_type_desc mesh_rt_list_string_desc =
    MESH_LIST_DESC(mesh_list_string_params);

#endif /* MESH_COLLECTIONS_DESCS_H */
