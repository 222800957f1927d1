"""Set<T> (spec 11 s6): insertion-ordered, on the map machinery."""

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

SI = ("set", "int")
SS = ("set", "str")
SC = ("set", "collide")
elems = st.lists(st.integers(-15, 15), max_size=30)


def call(name, args, result):
    return rt.rt_call(name, args, result)


def ordered_unique(xs):
    return list(dict.fromkeys(xs))


@given(elems)
def test_from_list_keeps_first_occurrences_in_order(xs):
    assert call(
        "set_from_list", [(xs, ("list", "int")), (None, ("desc", SI))], SI
    ) == ordered_unique(xs)
    assert rt.coll_roundtrip(xs, SC) == ordered_unique(xs)


@settings(max_examples=150)
@given(st.lists(st.tuples(st.booleans(), st.integers(-10, 10)), max_size=60))
def test_add_remove_match_a_model(script):
    assert rt.set_script(script, SI) == set_model(script)
    assert rt.set_script(script, SC) == set_model(script)


def set_model(script):
    d = {}
    for add, x in script:
        if add:
            d.setdefault(x, None)
        else:
            d.pop(x, None)
    return list(d)


@given(elems, elems)
def test_union_intersection_difference(a, b):
    ua, ub = ordered_unique(a), ordered_unique(b)
    assert call("set_union", [(ua, SI), (ub, SI)], SI) == ua + [
        x for x in ub if x not in ua
    ]
    assert call("set_intersection", [(ua, SI), (ub, SI)], SI) == [
        x for x in ua if x in ub
    ]
    assert call("set_difference", [(ua, SI), (ub, SI)], SI) == [
        x for x in ua if x not in ub
    ]


def test_contains_size_to_list():
    s = ["kiwi", "fig"]
    assert call("set_contains", [(s, SS), ("fig", "str")], "bool")
    assert not call("set_contains", [(s, SS), ("pear", "str")], "bool")
    assert call("set_size", [(s, SS)], "int") == 2
    assert (
        call(
            "set_to_list", [(s, SS), (None, ("desc", ("list", "str")))], ("list", "str")
        )
        == s
    )
    assert call("set_add", [(s, SS), ("kiwi", "str")], SS) == s
    assert call("set_remove", [(s, SS), ("pear", "str")], SS) == s


@given(elems, st.randoms())
def test_eq_ignores_order(xs, rnd):
    u = ordered_unique(xs)
    v = list(u)
    rnd.shuffle(v)
    assert rt.coll_eq(u, v, SI)
    assert rt.coll_hash(u, SI) == rt.coll_hash(v, SI)
    if u:
        assert not rt.coll_eq(u, v[1:], SI)


def test_display():
    assert rt.coll_display([3, 1], SI) == "#{3, 1}"
    assert rt.coll_display([], SI) == "#{}"
    assert rt.coll_display(["a"], SS, debug=True) == '#{"a"}'
