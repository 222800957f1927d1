"""Iter<T> (spec 11 s8): sources, adapters and terminals against Python
itertools models, laziness, and single-pass consumption."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

LI = ("list", "int")
xs_st = st.lists(st.integers(-1000, 1000), max_size=30)

# A stage strategy: (mesh stage, python model on an iterator of ints).
stage_st = st.one_of(
    st.integers(-3, 3).map(
        lambda k: (
            ("map", lambda x, k=k: x * 2 + k, "int"),
            lambda it, k=k: (x * 2 + k for x in it),
        )
    ),
    st.integers(2, 4).map(
        lambda m: (
            ("filter", lambda x, m=m: x % m == 0),
            lambda it, m=m: (x for x in it if x % m == 0),
        )
    ),
    st.integers(-2, 12).map(
        lambda n: (("take", n), lambda it, n=n: itertools.islice(it, max(n, 0)))
    ),
    st.integers(-2, 12).map(
        lambda n: (("skip", n), lambda it, n=n: itertools.islice(it, max(n, 0), None))
    ),
)


def model(xs, stages):
    it = iter(xs)
    for _, fn in stages:
        it = fn(it)
    return list(it)


@settings(max_examples=150)
@given(xs_st, st.lists(stage_st, max_size=4))
def test_int_pipelines_match_itertools(xs, stages):
    mesh_stages = [s for s, _ in stages]
    expected = model(xs, stages)
    assert rt.iter_run((xs, LI), mesh_stages, ("list",)) == expected
    assert rt.iter_run((xs, LI), mesh_stages, ("next",)) == expected
    assert rt.iter_run((xs, LI), mesh_stages, ("count",)) == len(expected)
    assert rt.iter_run((xs, LI), mesh_stages, ("sum_int",)) == sum(expected)


@given(xs_st, st.integers(-3, 3))
def test_terminals(xs, k):
    def pred(x):
        return x > k * 100

    src = (xs, LI)
    assert rt.iter_run(src, [], ("any", pred)) == any(pred(x) for x in xs)
    assert rt.iter_run(src, [], ("all", pred)) == all(pred(x) for x in xs)
    found = next((x for x in xs if pred(x)), None)
    assert rt.iter_run(src, [], ("find", pred)) == (
        None if found is None else ("some", found)
    )
    assert rt.iter_run(src, [], ("reduce", k, lambda acc, x: acc * 3 - x, "int")) == (
        __import__("functools").reduce(lambda acc, x: acc * 3 - x, xs, k)
    )


def test_sum_wraps_and_floats():
    big = [2**62, 2**62, 2**62]
    assert rt.iter_run((big, LI), [], ("sum_int",)) == 3 * 2**62 - 2**64
    assert (
        rt.iter_run(([0.5, 0.25, 2.0], ("list", "float")), [], ("sum_float",)) == 2.75
    )
    assert rt.iter_run(([], ("list", "float")), [], ("sum_float",)) == 0.0
    assert rt.iter_run(([], LI), [], ("sum_int",)) == 0


@given(xs_st, st.lists(st.text(max_size=3), max_size=30))
def test_enumerate_and_zip(xs, words):
    assert rt.iter_run((xs, LI), [("enumerate",)], ("list",)) == list(enumerate(xs))
    got = rt.iter_run((xs, LI), [("zip", (words, ("list", "str")))], ("list",))
    assert got == list(zip(xs, words))


def test_sources_map_set_range():
    entries = [("b", 2), ("a", 1), ("c", 3)]
    assert rt.iter_run((entries, ("map", "str", "int")), [], ("list",)) == entries
    assert rt.iter_run(([3, 1, 2, 1], ("set", "int")), [], ("list",)) == [3, 1, 2]
    assert rt.iter_run(((2, 6), "range"), [], ("list",)) == [2, 3, 4, 5]
    assert rt.iter_run(((6, 2), "range"), [], ("list",)) == []


def test_user_iterator_source():
    def countdown(left):
        return None if left <= 0 else (left * 10, left - 1)

    src = ((3, countdown, "int", "int"), "next")
    assert rt.iter_run(src, [], ("list",)) == [30, 20, 10]
    assert rt.iter_run(src, [("map", lambda x: str(x), "str")], ("string",)) == "302010"


def test_collects():
    words = ["x", "y", "x"]
    m = rt.iter_run((words, ("list", "str")), [("enumerate",)], ("map",))
    assert m == [(0, "x"), (1, "y"), (2, "x")]
    # spec 11 s8 example: filter, map, take, collect
    readings = [12, 7, 30, 18, 4, 25]
    stages = [
        ("filter", lambda r: r > 10),
        ("map", lambda r: r - 10, "int"),
        ("take", 2),
    ]
    assert rt.iter_run((readings, LI), stages, ("list",)) == [2, 20]
    assert rt.iter_run((words, ("list", "str")), [], ("set",)) == ["x", "y"]
    assert rt.iter_run((words, ("list", "str")), [], ("string",)) == "xyx"
    pairs = [("k", 1), ("j", 2), ("k", 3)]
    # Map.collect: last duplicate wins, first position kept
    got = rt.iter_run((pairs, ("list", ("tuple", "str", "int"))), [], ("map",))
    assert got == [("k", 3), ("j", 2)]


def test_side_effects_only_for_pulled_items():
    seen = []

    def noisy(x):
        seen.append(x)
        return x

    stages = [("map", noisy, "int"), ("take", 2)]
    assert rt.iter_run(([1, 2, 3, 4], LI), stages, ("list",)) == [1, 2]
    assert seen == [1, 2]
    seen.clear()
    assert rt.iter_run(
        ([5, 6, 7], LI), [("map", noisy, "int")], ("find", lambda x: x == 6)
    ) == (
        "some",
        6,
    )
    assert seen == [5, 6]
    seen.clear()
    # take(0) never pulls
    assert rt.iter_run(([1], LI), [("map", noisy, "int"), ("take", 0)], ("count",)) == 0
    assert seen == []


def test_consumed_iterators_yield_nothing():
    assert rt.iter_run(([1, 2, 3], LI), [], ("count",), again=True) == (3, [])
    # short-circuiting terminals consume too
    assert rt.iter_run(([1, 2, 3], LI), [], ("any", lambda x: x == 1), again=True) == (
        True,
        [],
    )
    assert rt.iter_run(([1, 2, 3], LI), [], ("find", lambda x: x == 1), again=True) == (
        ("some", 1),
        [],
    )
    # next only pulls: exhausted afterwards, and stays so
    assert rt.iter_run(([1, 2], LI), [], ("next",), again=True) == ([1, 2], [])


def test_adapters_share_their_source():
    assert rt.iter_shared_source([1, 2, 3, 4, 5], 2) == ([1, 2], [3, 4, 5])


def test_descriptor():
    assert rt.iter_descriptor_ok()
