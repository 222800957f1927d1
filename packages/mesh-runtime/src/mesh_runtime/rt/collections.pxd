# Collection objects (layouts in include/mesh_rt.h, explained in the README's
# "Collections" section) and the descriptors of their internal parts
# (rt/collections_descs.h).  Shared by rt/list*, rt/map*, rt/set*,
# rt/queue* and rt/collections_range.

from libc.stdint cimport int8_t, int64_t, uint32_t, uint64_t

cdef extern from "mesh_rt.h" nogil:
    ctypedef struct mesh_closure:
        mesh_obj_header hdr
        void *code
    ctypedef mesh_word (*mesh_closure_fn1)(mesh_closure *self, mesh_word a) noexcept nogil
    ctypedef mesh_word (*mesh_closure_fn2)(mesh_closure *self, mesh_word a,
                                           mesh_word b) noexcept nogil

    ctypedef struct mesh_vec_store:
        mesh_obj_header hdr
        int64_t cap
        mesh_word elems[1]      # really a flexible array member
    ctypedef struct mesh_vec_tip:
        mesh_obj_header hdr
        int64_t used
    ctypedef struct mesh_list:
        mesh_obj_header hdr
        mesh_vec_store *store
        mesh_vec_tip *tip
        int64_t off
        int64_t len
    ctypedef struct mesh_map:
        mesh_obj_header hdr
        mesh_vec_store *keys
        mesh_vec_tip *tip
        int64_t n_slots
        void *root
        int64_t count
        void *family
    ctypedef struct mesh_queue:
        mesh_obj_header hdr
        mesh_vec_store *store
        mesh_vec_tip *tip
        int64_t start
        int64_t end
    ctypedef struct mesh_range:
        mesh_obj_header hdr
        int64_t start
        int64_t end

    const mesh_type_desc mesh_rt_range_desc
    const mesh_type_desc mesh_rt_list_string_desc
    const int64_t mesh_rt_list_ptr_offsets[2]
    const int64_t mesh_rt_map_ptr_offsets[4]
    const int64_t mesh_rt_queue_ptr_offsets[2]

cdef extern from "collections_descs.h" nogil:
    const mesh_type_desc mesh_vec_store_ptr_desc
    const mesh_type_desc mesh_vec_store_data_desc
    const mesh_type_desc mesh_vec_tip_desc
    ctypedef struct mesh_map_family:
        mesh_obj_header hdr
        int64_t forked
    const mesh_type_desc mesh_map_family_desc
    ctypedef struct mesh_champ_node:
        mesh_obj_header hdr
        uint32_t datamap
        uint32_t nodemap
        mesh_word words[1]      # really a flexible array member
    ctypedef struct mesh_champ_collision:
        mesh_obj_header hdr
        int64_t n
        mesh_word words[1]
    int64_t MESH_HDR_SIZE(const mesh_obj_header *hdr)
    const mesh_type_desc mesh_champ_node_descs[4]
    const mesh_type_desc mesh_champ_collision_descs[4]
    int mesh_champ_popcount(uint32_t v)

# A runtime-built 2-tuple { header, w0, w1 } (zip, enumerate, to_list, pop).
cdef struct mesh_pair:
    mesh_obj_header hdr
    mesh_word first
    mesh_word second

# ---- collections_show: Display/Debug helpers shared by all collections
cdef void show_word(strbuf *sb, const mesh_type_desc *d, mesh_word w,
                    bint debug) noexcept nogil
cdef uint64_t hash_word(const mesh_type_desc *d, mesh_word w) noexcept nogil
cdef bint eq_word(const mesh_type_desc *d, mesh_word a, mesh_word b) noexcept nogil
cdef uint64_t hash_mix(uint64_t h) noexcept nogil
cdef mesh_pair *pair_new(const mesh_type_desc *d, mesh_word a,
                         mesh_word b) noexcept nogil
cdef const mesh_type_desc *param_of(const mesh_type_desc *d, int64_t i) noexcept nogil

# ---- list: vectors and lists
cdef bint desc_is_pointer(const mesh_type_desc *d) noexcept nogil
cdef mesh_vec_store *store_new(int64_t cap, bint ptrs) noexcept nogil
cdef mesh_vec_tip *tip_new(int64_t used) noexcept nogil
cdef mesh_list *list_with_capacity(const mesh_type_desc *desc,
                                   int64_t cap) noexcept nogil
cdef void list_push(mesh_list *xs, mesh_word x) noexcept nogil
cdef const mesh_word *list_elems(const mesh_list *xs) noexcept nogil
cdef void vec_append(mesh_vec_store **store, mesh_vec_tip **tip, int64_t *off,
                     int64_t len, mesh_word x, bint ptrs) noexcept nogil

# ---- list_sort
cdef void sort_words(mesh_word *a, int64_t n, const mesh_type_desc *d,
                     mesh_closure *f) noexcept nogil

# ---- map_champ: the persistent hash index of maps and sets
# An entry is 3 words inside a trie node: key, value, slot (the position
# of the key in the map's key vector).  Entry pointers stay valid as long
# as the map they were found in.
cdef struct champ_ctx:
    const mesh_map *m           # the version operated on (visibility)
    uint64_t hash               # of key
    mesh_word key
    mesh_word value
    int64_t slot                # for a new entry
    const mesh_type_desc *kd
    const mesh_type_desc *vd    # NULL for sets
    bint found                  # out: the key was present
    mesh_word old_value         # out: its value then
    int64_t old_slot            # out: and its slot

cdef bint entry_visible(const mesh_map *m, const mesh_word *e) noexcept nogil
cdef mesh_word *champ_find(void *root, uint64_t hash, mesh_word key,
                           const mesh_type_desc *kd) noexcept nogil
cdef void *champ_insert(void *node, int shift, champ_ctx *c) noexcept nogil
cdef void *champ_insert_in_place(void *root, champ_ctx *c) noexcept nogil
cdef void *champ_remove(void *node, int shift, champ_ctx *c) noexcept nogil

# ---- map: the ordered map machinery maps and sets share
cdef mesh_map *omap_new(const mesh_type_desc *desc) noexcept nogil
cdef mesh_map *omap_put(const mesh_map *m, const mesh_type_desc *kd,
                        const mesh_type_desc *vd, mesh_word key,
                        mesh_word value) noexcept nogil
cdef mesh_word *omap_find(const mesh_map *m, const mesh_type_desc *kd,
                          mesh_word key) noexcept nogil
cdef mesh_map *omap_delete(const mesh_map *m, const mesh_type_desc *kd,
                           const mesh_type_desc *vd, mesh_word key) noexcept nogil
cdef int64_t omap_next(const mesh_map *m, const mesh_type_desc *kd,
                       int64_t cursor, mesh_word **entry) noexcept nogil
cdef mesh_list *map_column(const mesh_map *m, const mesh_type_desc *list_desc,
                           int which) noexcept nogil
