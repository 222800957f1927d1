"""Collections under a collector that runs every 64 KiB of allocation.

The collector scans the C stack conservatively and traces heap objects by
their descriptors, so every internal object of the collections (vector
stores, tips, trie nodes and collision nodes, map families) must be reachable
and correctly described, or these results come back corrupted.
"""

import pytest
from mesh_runtime import _meshrt as rt


@pytest.fixture
def pressure():
    rt.collections_gc_pressure(True)
    before = rt.gc_stats()[0]
    yield
    rt.collections_gc_pressure(False)
    assert rt.gc_stats()[0] > before, "the collector never ran"


def model(script):
    d = {}
    for op, k, v in script:
        if op == "put":
            d[k] = v
        else:
            d.pop(k, None)
    return list(d.items())


def test_maps_with_string_keys_and_values_survive_collections(pressure):
    t = ("map", "str", "str")
    script = [("put", f"k{i % 700}", f"v{i}") for i in range(4000)]
    script += [("delete", f"k{i}", None) for i in range(0, 700, 3)]
    assert rt.map_script(script, t) == model(script)


def test_colliding_keys_survive_collections(pressure):
    t = ("map", "collide", ("list", "str"))
    script = [("put", i % 300, [str(i)] * (i % 3)) for i in range(3000)]
    script += [("delete", i, None) for i in range(0, 300, 2)]
    assert rt.map_script(script, t) == model(script)


def test_sets_and_queues_survive_collections(pressure):
    script = [(i % 5 != 0, f"e{i % 400}") for i in range(4000)]
    expected = {}
    for add, x in script:
        if add:
            expected.setdefault(x, None)
        else:
            expected.pop(x, None)
    assert rt.set_script(script, ("set", "str")) == list(expected)
    assert rt.queue_churn(50_000)[0] == 25_000


def test_closures_allocating_during_list_functions(pressure):
    ls = ("list", "str")
    xs = [str(i) for i in range(3000)]
    to_text = ("fn", ("str",), "str")
    got = rt.rt_call(
        "list_map", [(xs, ls), (lambda s: s * 3, to_text), (None, ("desc", ls))], ls
    )
    assert got == [s * 3 for s in xs]
    by_len = ("fn", ("str", "str"), "int")
    got = rt.rt_call(
        "list_sort_by", [(xs, ls), (lambda a, b: len(b) - len(a), by_len)], ls
    )
    assert got == sorted(xs, key=len, reverse=True)
    words = rt.rt_call("string_split", [(" ".join(xs), "str"), (" ", "str")], None)
    assert words == xs
