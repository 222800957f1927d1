/*
 * collections_descs.h -- descriptors of the collection objects' internal
 * parts (vector stores, HAMT nodes and leaves) and of the collection types
 * the runtime itself produces (Range, List<String>).  Like
 * csrc/mesh_builtin_descs.h they must be initialised statically, which
 * Cython cannot express.  Included once, through rt/collections.pxd.
 */
#ifndef MESH_COLLECTIONS_DESCS_H
#define MESH_COLLECTIONS_DESCS_H

#include "mesh_rt.h"

/* Layout words codegen puts in its List/Map/Set/Queue descriptors. */
const int64_t mesh_rt_list_ptr_offsets[2] = {
    offsetof(mesh_list, store), offsetof(mesh_list, tip)};
const int64_t mesh_rt_map_ptr_offsets[3] = {
    offsetof(mesh_map, keys), offsetof(mesh_map, tip), offsetof(mesh_map, root)};
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

/* HAMT (see rt/map_hamt.pyx).  A branch with n children is a record
 * { header, bitmap, child[n] }; one descriptor per n, all children are
 * pointers. */
#define MESH_HAMT_MAX_CHILDREN 32
static const int64_t mesh_hamt_child_offsets[MESH_HAMT_MAX_CHILDREN] = {
    24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144,
    152, 160, 168, 176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 256,
    264, 272};
#define MESH_HAMT_BRANCH_DESC(N)                                             \
    { MESH_KIND_RECORD, 0, 24 + 8 * (N), 0, (N), mesh_hamt_child_offsets,    \
      "HamtBranch", 0, 0 }
static const mesh_type_desc mesh_hamt_branch_descs[MESH_HAMT_MAX_CHILDREN + 1] = {
    MESH_HAMT_BRANCH_DESC(0), MESH_HAMT_BRANCH_DESC(1), MESH_HAMT_BRANCH_DESC(2),
    MESH_HAMT_BRANCH_DESC(3), MESH_HAMT_BRANCH_DESC(4), MESH_HAMT_BRANCH_DESC(5),
    MESH_HAMT_BRANCH_DESC(6), MESH_HAMT_BRANCH_DESC(7), MESH_HAMT_BRANCH_DESC(8),
    MESH_HAMT_BRANCH_DESC(9), MESH_HAMT_BRANCH_DESC(10), MESH_HAMT_BRANCH_DESC(11),
    MESH_HAMT_BRANCH_DESC(12), MESH_HAMT_BRANCH_DESC(13), MESH_HAMT_BRANCH_DESC(14),
    MESH_HAMT_BRANCH_DESC(15), MESH_HAMT_BRANCH_DESC(16), MESH_HAMT_BRANCH_DESC(17),
    MESH_HAMT_BRANCH_DESC(18), MESH_HAMT_BRANCH_DESC(19), MESH_HAMT_BRANCH_DESC(20),
    MESH_HAMT_BRANCH_DESC(21), MESH_HAMT_BRANCH_DESC(22), MESH_HAMT_BRANCH_DESC(23),
    MESH_HAMT_BRANCH_DESC(24), MESH_HAMT_BRANCH_DESC(25), MESH_HAMT_BRANCH_DESC(26),
    MESH_HAMT_BRANCH_DESC(27), MESH_HAMT_BRANCH_DESC(28), MESH_HAMT_BRANCH_DESC(29),
    MESH_HAMT_BRANCH_DESC(30), MESH_HAMT_BRANCH_DESC(31), MESH_HAMT_BRANCH_DESC(32)};

/* Leaves with the same full 64-bit hash share a collision node: a pointer
 * array of leaves. */
static const mesh_type_desc mesh_hamt_collision_desc = {
    MESH_KIND_PTR_ARRAY, 0, 24, 8, 0, 0, "HamtCollision", 0, 0};

/* A leaf { header, hash, slot, key, value }: which of key and value are
 * pointers depends on the map's types, hence four descriptors. */
static const int64_t mesh_hamt_leaf_offsets_kv[2] = {32, 40};
static const int64_t mesh_hamt_leaf_offsets_v[1] = {40};
static const mesh_type_desc mesh_hamt_leaf_descs[4] = {
    /* index: (key is pointer) | (value is pointer) << 1 */
    {MESH_KIND_RECORD, 0, 48, 0, 0, 0, "HamtLeaf", 0, 0},
    {MESH_KIND_RECORD, 0, 48, 0, 1, mesh_hamt_leaf_offsets_kv, "HamtLeaf", 0, 0},
    {MESH_KIND_RECORD, 0, 48, 0, 1, mesh_hamt_leaf_offsets_v, "HamtLeaf", 0, 0},
    {MESH_KIND_RECORD, 0, 48, 0, 2, mesh_hamt_leaf_offsets_kv, "HamtLeaf", 0, 0}};

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
