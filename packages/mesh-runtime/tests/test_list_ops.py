"""List<T> (spec 11 s4) against Python lists as the reference model."""

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

LI = ("list", "int")
LS = ("list", "str")
LLI = ("list", LI)
ints = st.lists(st.integers(-(2**63), 2**63 - 1), max_size=40)
small_ints = st.lists(st.integers(-5, 5), max_size=30)
int64 = st.integers(-(2**63), 2**63 - 1)


def call(name, args, result):
    return rt.rt_call(name, args, result)


def test_roundtrip_and_from_array_layout():
    assert rt.coll_roundtrip([], LI) == []
    assert rt.coll_roundtrip(list(range(100)), LI) == list(range(100))
    assert rt.coll_roundtrip(["a", "é", ""], LS) == ["a", "é", ""]
    assert rt.coll_roundtrip([[1], [], [2, 3]], LLI) == [[1], [], [2, 3]]


def test_access():
    xs = [10, 20, 30]
    assert call("list_length", [(xs, LI)], "int") == 3
    assert call("list_head", [(xs, LI)], "int") == 10
    assert call("list_last", [(xs, LI)], "int") == 30
    assert call("list_tail", [(xs, LI)], LI) == [20, 30]
    assert call("list_tail", [([1], LI)], LI) == []
    assert [call("list_get", [(xs, LI), (i, "int")], "int") for i in range(3)] == xs
    assert call("list_head", [(["x", "y"], LS)], "str") == "x"


@given(ints, st.integers(-3, 45))
def test_take_drop_clamp(xs, n):
    k = min(max(n, 0), len(xs))
    assert call("list_take", [(xs, LI), (n, "int")], LI) == xs[:k]
    assert call("list_drop", [(xs, LI), (n, "int")], LI) == xs[k:]


@given(ints, ints)
def test_concat_reverse_append_prepend(a, b):
    assert call("list_concat", [(a, LI), (b, LI)], LI) == a + b
    assert call("list_reverse", [(a, LI)], LI) == a[::-1]
    assert call("list_append", [(a, LI), (7, "int")], LI) == a + [7]
    assert call("list_prepend", [(7, "int"), (a, LI)], LI) == [7] + a


@given(small_ints, st.integers(-6, 6))
def test_contains_uses_element_equality(xs, x):
    assert call("list_contains", [(xs, LI), (x, "int")], "bool") == (x in xs)


def test_contains_compares_strings_structurally():
    # Distinct string objects with equal bytes (spec 11 s4 Decision).
    assert call("list_contains", [(["kiwi", "fig"], LS), ("fig", "str")], "bool")
    assert not call("list_contains", [(["kiwi", "fig"], LS), ("fi", "str")], "bool")


@given(st.lists(st.tuples(st.integers(0, 3), int64), max_size=40))
def test_sort_is_stable_and_ascending(pairs):
    # Sort by the first component only (a comparator closure): equal keys
    # must keep their input order.
    by_key = ("fn", (("tuple", "int", "int"), ("tuple", "int", "int")), "int")
    lt = ("list", ("tuple", "int", "int"))
    got = call("list_sort_by", [(pairs, lt), (lambda a, b: a[0] - b[0], by_key)], lt)
    assert got == sorted(pairs, key=lambda p: p[0])


@given(ints)
def test_sort_by_element_cmp(xs):
    assert call("list_sort", [(xs, LI)], LI) == sorted(xs)


@given(st.lists(st.text(max_size=4), max_size=30))
def test_sort_strings_bytewise(xs):
    assert call("list_sort", [(xs, LS)], LS) == sorted(xs, key=lambda s: s.encode())


def test_sort_by_length_example_from_the_spec():
    words = ["kiwi", "fig", "banana"]
    by_len = ("fn", ("str", "str"), "int")
    assert call(
        "list_sort_by", [(words, LS), (lambda a, b: len(a) - len(b), by_len)], LS
    ) == ["fig", "kiwi", "banana"]


@given(ints, st.lists(st.text(max_size=3), max_size=40))
def test_zip_truncates_and_enumerate_counts(a, b):
    lt = ("list", ("tuple", "int", "str"))
    assert call("list_zip", [(a, LI), (b, LS), (None, ("desc", lt))], lt) == list(
        zip(a, b)
    )
    le = ("list", ("tuple", "int", "str"))
    assert call("list_enumerate", [(b, LS), (None, ("desc", le))], le) == list(
        enumerate(b)
    )


@given(st.lists(st.lists(int64, max_size=5), max_size=6))
def test_flatten(xss):
    assert call("list_flatten", [(xss, LLI), (None, ("desc", LI))], LI) == [
        x for xs in xss for x in xs
    ]


def test_eq_cmp_hash():
    assert rt.coll_eq([1, 2], [1, 2], LI)
    assert not rt.coll_eq([1, 2], [1, 2, 3], LI)
    assert rt.coll_eq(["a"], ["a"], LS)
    assert rt.coll_cmp([1, 2], [1, 3], LI) < 0
    assert rt.coll_cmp([1], [1, 0], LI) < 0
    assert rt.coll_cmp([], [0], LI) < 0
    assert rt.coll_cmp([2], [1, 5], LI) > 0
    assert rt.coll_cmp([1, 2], [1, 2], LI) == 0
    assert rt.coll_hash([1, 2], LI) == rt.coll_hash([1, 2], LI)
    assert rt.coll_hash([1, 2], LI) != rt.coll_hash([2, 1], LI)
    assert rt.coll_hash(["ab"], LS) == rt.coll_hash(["ab"], LS)


def test_float_lists_follow_ieee_equality():
    lf = ("list", "float")
    nan = float("nan")
    assert not rt.coll_eq([nan], [nan], lf)
    assert rt.coll_eq([0.0], [-0.0], lf)


@given(small_ints, small_ints)
def test_cmp_is_lexicographic(a, b):
    c = rt.coll_cmp(a, b, LI)
    assert (c < 0, c == 0, c > 0) == (a < b, a == b, a > b)
    assert rt.coll_eq(a, b, LI) == (a == b)


def test_display_and_debug():
    assert rt.coll_display([1, 2], LI) == "[1, 2]"
    assert rt.coll_display([], LI) == "[]"
    assert rt.coll_display([[1], []], LLI) == "[[1], []]"
    assert rt.coll_display(["a", "b"], LS) == "[a, b]"
    assert (
        rt.coll_display(["a", 'say "hi"\n'], LS, debug=True)
        == '["a", "say \\"hi\\"\\n"]'
    )
    assert rt.coll_display([1.5, 2.0], ("list", "float")) == "[1.5, 2]"
    assert rt.coll_display([(1, "x")], ("list", ("tuple", "int", "str"))) == "[(1, x)]"


class Model:
    """Persistent-list operations replayed on Python lists."""

    @staticmethod
    def apply(xs, op, arg):
        if op == "append":
            return xs + [arg]
        if op == "tail":
            return xs[1:] if xs else xs
        if op == "take":
            return xs[: max(arg, 0)]
        if op == "drop":
            return xs[max(arg, 0) :]
        if op == "concat":
            return xs + [arg, arg]
        raise AssertionError(op)


ops = st.lists(
    st.tuples(
        st.sampled_from(["append", "tail", "take", "drop", "concat"]),
        st.integers(0, 6),
        st.integers(0, 1000),
    ),
    max_size=40,
)


@settings(max_examples=150)
@given(ops)
def test_versions_sharing_a_store_never_see_each_others_appends(script):
    # Every version ever made stays intact: appends to older versions
    # (which share the store) must not overwrite slots newer ones use.
    versions = [[]]
    for op, which, arg in script:
        base = versions[which % len(versions)]
        if op == "tail" and not base:
            continue
        versions.append(Model.apply(base, op, arg))
    assert rt.list_versions(script) == versions
