"""The bump allocator behind mesh_rt_alloc."""

import mesh_runtime as rt


def check_disjoint(sizes, results):
    spans = sorted((addr, addr + size) for (addr, _, _), size in zip(results, sizes))
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start


def test_objects_are_aligned_zeroed_and_have_headers():
    sizes = [16, 17, 24, 31, 100, 8, 0, 4096]
    results = rt.alloc_objects(sizes)
    for (addr, header_ok, zeroed), size in zip(results, sizes):
        assert addr % 8 == 0
        assert header_ok
        assert zeroed, size
    check_disjoint([max(s, 16) for s in sizes], results)


def test_many_small_objects_cross_chunk_boundaries():
    sizes = [24 + (i % 7) * 8 for i in range(60000)]  # a few MiB in total
    results = rt.alloc_objects(sizes)
    assert all(ok and zeroed and addr % 8 == 0 for addr, ok, zeroed in results)
    check_disjoint(sizes, results)


def test_large_objects_get_their_own_chunk():
    sizes = [64, 3 * 1024 * 1024, 64, 9 * 1024 * 1024, 64]
    results = rt.alloc_objects(sizes)
    assert all(ok and zeroed for _, ok, zeroed in results)
    check_disjoint(sizes, results)
