/*
 * iter_layout.h -- the Iter<T> object (rt/iter.pyx) and its descriptor.
 * Statically initialised, which Cython cannot express; included once,
 * through rt/iter.pyx.
 *
 * Every iterator, whatever its source or adapter, is one fixed-size object;
 * `kind` says which fields mean what (rt/iter.pyx explains each kind).  Its
 * pointer fields are traced by mesh_iter_trace: `src`, `src2`, `obj`, `fn`
 * always (NULL and non-heap words are ignored by the collector), and
 * `state`, a word of a user iterator's state type that may or may not be a
 * pointer (the collector's lookup makes an Int there harmless).
 * `pair_desc` points to a descriptor, which is never a heap object.
 */
#ifndef MESH_ITER_LAYOUT_H
#define MESH_ITER_LAYOUT_H

#include "mesh_rt.h"

typedef struct mesh_iter {
    mesh_obj_header hdr;               /* &mesh_rt_iter_desc */
    int64_t kind;                      /* MESH_ITER_* in rt/iter.pyx */
    int64_t done;                      /* exhausted or consumed: yields nothing */
    struct mesh_iter *src;             /* adapters: where items come from */
    struct mesh_iter *src2;            /* zip: the second source */
    void *obj;                         /* sources: the collection */
    mesh_closure *fn;                  /* map/filter closure, user `next` */
    const mesh_type_desc *pair_desc;   /* tuples built here (map source,
                                          enumerate, zip) */
    int64_t pos;                       /* index / cursor / counter */
    int64_t end;                       /* list and range end */
    mesh_word state;                   /* user iterator: its current state */
} mesh_iter;

static void mesh_iter_trace(void *obj, mesh_visit_fn visit, void *ctx) {
    mesh_iter *it = (mesh_iter *)obj;
    visit((void **)&it->src, ctx);
    visit((void **)&it->src2, ctx);
    visit((void **)&it->obj, ctx);
    visit((void **)&it->fn, ctx);
    visit((void **)&it->state, ctx);
}

const mesh_type_desc mesh_rt_iter_desc = {
    MESH_KIND_OPAQUE, MESH_DESC_POINTER, (int64_t)sizeof(mesh_iter), 0, 0, 0,
    "Iter", 0, 0, 0, 0, 0, 0, 0, 0, 0, mesh_iter_trace};

#endif /* MESH_ITER_LAYOUT_H */
