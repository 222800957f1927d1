# Stable merge sort of words, by the element type's cmp (List.sort/1) or by
# a comparator closure (List.sort/2).  Bottom-up: insertion-sorted runs of
# RUN elements, then merges between the array and a scratch store.  The
# scratch is a heap object, so a panic in a comparator leaks nothing.

from libc.stdint cimport int64_t
from libc.string cimport memcpy

cdef enum:
    RUN = 16


cdef inline int64_t compare_words(const mesh_type_desc *d, mesh_closure *f,
                                  mesh_word a, mesh_word b) noexcept nogil:
    if f != NULL:
        return <int64_t>(<mesh_closure_fn2>f.code)(f, a, b)
    if d != NULL and d.cmp != NULL:
        return d.cmp(a, b)
    return (a > b) - (a < b)


cdef void sort_words(mesh_word *a, int64_t n, const mesh_type_desc *d,
                     mesh_closure *f) noexcept nogil:
    cdef int64_t i, j, lo, mid, hi, width, k, p, q
    cdef mesh_word x
    cdef mesh_word *src = a
    cdef mesh_word *dst
    cdef mesh_word *tmp
    cdef mesh_vec_store *scratch
    lo = 0
    while lo < n:
        hi = lo + RUN if lo + RUN < n else n
        for i in range(lo + 1, hi):
            x = a[i]
            j = i - 1
            while j >= lo and compare_words(d, f, a[j], x) > 0:
                a[j + 1] = a[j]
                j -= 1
            a[j + 1] = x
        lo = hi
    if n <= RUN:
        return
    # A traced store when the words are pointers: mid-pass, some elements
    # live only in the scratch.
    scratch = store_new(n, desc_is_pointer(d))
    dst = scratch.elems
    width = RUN
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width if lo + width < n else n
            hi = lo + 2 * width if lo + 2 * width < n else n
            p = lo
            q = mid
            k = lo
            while p < mid and q < hi:
                # `<= 0` takes from the left run on ties: stable.
                if compare_words(d, f, src[p], src[q]) <= 0:
                    dst[k] = src[p]
                    p += 1
                else:
                    dst[k] = src[q]
                    q += 1
                k += 1
            while p < mid:
                dst[k] = src[p]
                p += 1
                k += 1
            while q < hi:
                dst[k] = src[q]
                q += 1
                k += 1
            lo = hi
        tmp = src
        src = dst
        dst = tmp
        width *= 2
    if src != a:
        memcpy(a, src, <size_t>(8 * n))


cdef mesh_list *sorted_copy(const mesh_list *xs, mesh_closure *f) noexcept nogil:
    cdef mesh_list *ys
    if xs.len < 2:
        return <mesh_list *>xs
    ys = list_copy_of(xs.hdr.desc, list_elems(xs), xs.len)
    sort_words(ys.store.elems, ys.len, param_of(xs.hdr.desc, 0), f)
    return ys


cdef public mesh_list *mesh_rt_list_sort(const mesh_list *xs) noexcept nogil:
    return sorted_copy(xs, NULL)


cdef public mesh_list *mesh_rt_list_sort_by(const mesh_list *xs,
                                            mesh_closure *cmp) noexcept nogil:
    return sorted_copy(xs, cmp)
