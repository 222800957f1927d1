"""List functions that call closures, and Range (spec 11 s4, s7)."""

from hypothesis import given
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

LI = ("list", "int")
LS = ("list", "str")
INT_TO_INT = ("fn", ("int",), "int")
INT_TO_STR = ("fn", ("int",), "str")
INT_PRED = ("fn", ("int",), "int")  # Bool comes back as the word 0/1
ADD = ("fn", ("int", "int"), "int")
xs_st = st.lists(st.integers(-1000, 1000), max_size=40)


def call(name, args, result):
    return rt.rt_call(name, args, result)


@given(xs_st)
def test_map_changes_the_element_type(xs):
    got = call(
        "list_map",
        [(xs, LI), (lambda x: f"<{x}>", INT_TO_STR), (None, ("desc", LS))],
        LS,
    )
    assert got == [f"<{x}>" for x in xs]


@given(xs_st)
def test_filter_keeps_order(xs):
    def even(x):
        return int(x % 2 == 0)

    assert call("list_filter", [(xs, LI), (even, INT_PRED)], LI) == [
        x for x in xs if x % 2 == 0
    ]


@given(xs_st, st.integers(-5, 5))
def test_reduce_is_a_left_fold(xs, init):
    # (acc * 3 + x) is not commutative, so the order of calls shows.
    def f(acc, x):
        return (acc * 3 + x) % 1_000_003

    expected = init
    for x in xs:
        expected = f(expected, x)
    assert call("list_reduce", [(xs, LI), (init, "int"), (f, ADD)], "int") == expected


@given(xs_st)
def test_find_any_all_short_circuit(xs):
    seen = []

    def big(x):
        seen.append(x)
        return int(x > 500)

    found = call("list_find", [(xs, LI), (big, INT_PRED)], "int")
    first = next((x for x in xs if x > 500), None)
    assert found == first
    assert len(seen) == (xs.index(first) + 1 if first is not None else len(xs))
    seen.clear()
    assert call("list_any", [(xs, LI), (big, INT_PRED)], "bool") == (first is not None)
    assert len(seen) == (xs.index(first) + 1 if first is not None else len(xs))

    def small(x):
        return int(x <= 500)

    assert call("list_all", [(xs, LI), (small, INT_PRED)], "bool") == all(
        x <= 500 for x in xs
    )


def test_any_all_on_empty():
    assert not call("list_any", [([], LI), (lambda x: 1, INT_PRED)], "bool")
    assert call("list_all", [([], LI), (lambda x: 0, INT_PRED)], "bool")


@given(xs_st)
def test_flat_map(xs):
    f = ("fn", ("int",), LI)
    got = call(
        "list_flat_map",
        [(xs, LI), (lambda x: [x] * (x % 3), f), (None, ("desc", LI))],
        LI,
    )
    assert got == [y for x in xs for y in [x] * (x % 3)]


@given(st.integers(-50, 50), st.integers(-50, 50))
def test_range(a, b):
    assert call("range_length", [((a, b), "range")], "int") == max(0, b - a)
    assert call("range_to_list", [((a, b), "range"), (None, ("desc", LI))], LI) == list(
        range(a, b)
    )
    sq = call(
        "range_map",
        [((a, b), "range"), (lambda x: str(x * x), INT_TO_STR), (None, ("desc", LS))],
        LS,
    )
    assert sq == [str(x * x) for x in range(a, b)]
    odd = call(
        "range_filter",
        [((a, b), "range"), (lambda x: x % 2, INT_PRED), (None, ("desc", LI))],
        LI,
    )
    assert odd == [x for x in range(a, b) if x % 2]


def test_range_length_does_not_overflow():
    big = (-(2**63), 2**63 - 1)
    assert call("range_length", [(big, "range")], "int") == 2**63 - 1  # saturates


def test_range_value_operations():
    assert rt.coll_display((0, 5), "range") == "0..5"
    assert rt.coll_display((-3, -1), "range") == "-3..-1"
    assert rt.coll_eq((1, 2), (1, 2), "range")
    assert not rt.coll_eq((1, 2), (1, 3), "range")
    assert rt.coll_cmp((1, 2), (1, 3), "range") < 0
    assert rt.coll_hash((1, 2), "range") == rt.coll_hash((1, 2), "range")
