"""The heap and the collector, driven from Python through rt/gc_testing.

Objects the wrappers build are kept in root slots (registered GC roots);
`gc_collect` also scans this thread's stack conservatively."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

MIB = 1024 * 1024
SLOTS = range(16)


@pytest.fixture(autouse=True)
def clean_roots():
    previous = rt.gc_set_auto(0)
    yield
    for slot in SLOTS:
        rt.gc_root_clear(slot)
    rt.gc_set_auto(previous)
    rt.gc_collect()


def collections():
    return rt.gc_stats()[0]


def test_chain_survives_forced_collections():
    rt.gc_build_chain(0, 5000, garbage_per_node=3)
    expected = (5000, 5000 * 4999 // 2)
    assert rt.gc_check_chain(0) == expected
    before = collections()
    for _ in range(5):
        rt.gc_alloc_garbage(20000, 48)
        rt.gc_collect()
        assert rt.gc_check_chain(0) == expected
    assert collections() == before + 5


def test_chain_survives_automatic_collections():
    rt.gc_set_auto(1)
    before = collections()
    rt.gc_build_chain(1, 20000, garbage_per_node=8)  # ~ 6 MiB of garbage
    assert collections() > before + 2
    assert rt.gc_check_chain(1) == (20000, 20000 * 19999 // 2)


def test_live_bytes_count_exactly_the_reachable_objects():
    rt.gc_collect()
    baseline = rt.gc_stats()[1]
    rt.gc_build_chain(2, 1000)
    rt.gc_collect()
    # A Node is 40 bytes, its label ("0".."6993") a 32-byte string.
    assert rt.gc_stats()[1] - baseline == 1000 * (40 + 32)
    rt.gc_root_clear(2)
    rt.gc_collect()
    assert rt.gc_stats()[1] == baseline


def test_garbage_is_reclaimed_and_its_memory_reused():
    rt.gc_collect()
    for _ in range(20):
        rt.gc_alloc_garbage(40000, 64)  # 2.5 MiB a round, 50 MiB in all
        rt.gc_collect()
    _, live, heap, _ = rt.gc_stats()
    assert live < 256 * 1024
    assert heap < 16 * MIB


def test_objects_do_not_move():
    rt.gc_build_chain(3, 100, garbage_per_node=10)
    address = rt.gc_root_address(3)
    for _ in range(3):
        rt.gc_alloc_garbage(10000, 40)
        rt.gc_collect()
    assert rt.gc_root_address(3) == address
    assert rt.gc_check_chain(3) == (100, 4950)


def test_interior_pointer_keeps_its_object():
    # 24 is where the bytes start; point into the middle of the text.
    rt.gc_store_interior(4, "kept through an interior pointer", 24 + 10)
    for _ in range(3):
        rt.gc_alloc_garbage(20000, 40)
        rt.gc_collect()
    assert rt.gc_read_interior(4, 24 + 10) == "kept through an interior pointer"


def test_heap_lookup_resolves_interior_addresses_only_inside_objects():
    rt.gc_store_interior(5, "abcdefgh", 0)
    base = rt.gc_root_address(5)
    assert rt.gc_heap_contains(base)
    assert rt.gc_heap_contains(base + 24 + 8)  # the NUL byte
    assert not rt.gc_heap_contains(0)
    assert not rt.gc_heap_contains(8)
    assert not rt.gc_heap_contains(id(object()))  # Python's memory


def test_pointer_array_elements_are_traced():
    rt.gc_build_array(6, 3000)
    for _ in range(3):
        rt.gc_alloc_garbage(20000, 40)
        rt.gc_collect()
    assert rt.gc_read_array(6) == [f"s{i}" for i in range(3000)]


def test_opaque_objects_are_traced_by_their_trace_function():
    rt.gc_build_opaque(7, "first value", "second value")
    for _ in range(3):
        rt.gc_alloc_garbage(20000, 40)
        rt.gc_collect()
    assert rt.gc_read_opaque(7) == ("first value", 12345, "second value")


def test_static_objects_are_never_marked_or_moved():
    assert rt.gc_static_stays_static(8)


def test_large_objects_survive_and_are_unmapped_when_dead():
    rt.gc_collect()
    heap_before = rt.gc_stats()[2]
    rt.gc_build_large(9, 3 * MIB, ord("x"))
    for _ in range(10):
        rt.gc_build_large(10, 1 * MIB, ord("y"))  # replaces the last one
    rt.gc_build_large(11, 20000, ord("z"))
    rt.gc_collect()
    assert rt.gc_check_large(9, ord("x"))
    assert rt.gc_check_large(10, ord("y"))
    assert rt.gc_check_large(11, ord("z"))
    assert rt.gc_stats()[2] - heap_before < 5 * MIB
    for slot in (9, 10, 11):
        rt.gc_root_clear(slot)
    rt.gc_collect()
    assert rt.gc_stats()[2] - heap_before < 1 * MIB


def test_stack_roots_of_a_c_frame():
    assert rt.gc_stack_roots(100000) == 4950


def test_churn_with_automatic_collection_stays_small():
    collections, live, heap, _ = rt.gc_churn(2_000_000, 500)
    assert collections > 20
    assert live < 1 * MIB
    assert heap < 8 * MIB


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["build", "drop", "garbage", "collect"]),
            st.integers(0, 3),
            st.integers(1, 400),
        ),
        max_size=30,
    )
)
def test_random_programs_keep_exactly_what_is_rooted(ops):
    # Model: slot -> expected chain length.
    model = {}
    for slot in range(4):
        rt.gc_root_clear(12 + slot)
    for op, slot, n in ops:
        s = 12 + slot
        if op == "build":
            rt.gc_build_chain(s, n, garbage_per_node=2)
            model[s] = model.get(s, 0) + n
        elif op == "drop":
            rt.gc_root_clear(s)
            model.pop(s, None)
        elif op == "garbage":
            rt.gc_alloc_garbage(n * 50, 32 + (n % 5) * 8)
        else:
            rt.gc_collect()
        for kept, length in model.items():
            count, _ = rt.gc_check_chain(kept)
            assert count == length
