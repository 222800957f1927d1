"""Map<K, V> (spec 11 s5) against Python dicts (which keep insertion order)."""

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

MII = ("map", "int", "int")
MSI = ("map", "str", "int")
MCI = ("map", "collide", "int")  # every key hashes to one of 4 values


def call(name, args, result):
    return rt.rt_call(name, args, result)


def apply_script(script, t):
    """Runs put/delete steps on a Mesh map and on a dict; returns both."""
    return rt.map_script(script, t), model(script)


def model(script):
    d = {}
    for op, k, v in script:
        if op == "put":
            d[k] = v
        else:
            d.pop(k, None)
    return list(d.items())


keys = st.integers(-20, 20)
script_st = st.lists(
    st.tuples(st.sampled_from(["put", "put", "delete"]), keys, st.integers(0, 9)),
    max_size=80,
)


@settings(max_examples=200)
@given(script_st)
def test_put_delete_match_dict_order_and_values(script):
    got, expected = apply_script(script, MII)
    assert got == expected


@settings(max_examples=200)
@given(script_st)
def test_full_hash_collisions_behave_like_distinct_hashes(script):
    got, expected = apply_script(script, MCI)
    assert got == expected


@given(st.lists(st.tuples(st.text(max_size=3), st.integers(0, 9)), max_size=40))
def test_string_keys_compare_by_content(pairs):
    got = rt.coll_roundtrip(pairs, MSI)
    assert got == list(dict(pairs).items())


def test_many_keys_deep_trie_and_compaction():
    script = [("put", k, k * 2) for k in range(3000)]
    script += [("delete", k, 0) for k in range(0, 3000, 3)]
    script += [("put", k, 1) for k in range(0, 3000, 6)]  # re-added go to the end
    script += [("delete", k, 0) for k in range(2900)]  # forces compaction
    got, expected = apply_script(script, MII)
    assert got == expected


def test_get_fetch_has_key_size():
    m = [(1, 10), (2, 20)]
    assert call("map_get", [(m, MII), (2, "int")], "int") == 20
    assert call("map_get", [(m, MII), (3, "int")], "int") is None
    assert call("map_has_key", [(m, MII), (1, "int")], "bool")
    assert not call("map_has_key", [(m, MII), (5, "int")], "bool")
    assert call("map_size", [(m, MII)], "int") == 2
    assert call("map_size", [([], MII)], "int") == 0
    assert call("map_get", [([], MII), (3, "int")], "int") is None


def test_reput_keeps_position_and_delete_of_absent_key_is_unchanged():
    m = [(1, 10), (2, 20), (3, 30)]
    assert call("map_put", [(m, MII), (1, "int"), (99, "int")], MII) == [
        (1, 99),
        (2, 20),
        (3, 30),
    ]
    assert call("map_delete", [(m, MII), (7, "int")], MII) == m
    assert call("map_delete", [(m, MII), (2, "int")], MII) == [(1, 10), (3, 30)]


def test_keys_values_to_list_from_list():
    m = [("b", 2), ("a", 1)]
    assert call(
        "map_keys", [(m, MSI), (None, ("desc", ("list", "str")))], ("list", "str")
    ) == ["b", "a"]
    assert call(
        "map_values", [(m, MSI), (None, ("desc", ("list", "int")))], ("list", "int")
    ) == [2, 1]
    lt = ("list", ("tuple", "str", "int"))
    assert call("map_to_list", [(m, MSI), (None, ("desc", lt))], lt) == m
    pairs = [("x", 1), ("y", 2), ("x", 3)]
    assert call("map_from_list", [(pairs, lt), (None, ("desc", MSI))], MSI) == [
        ("x", 3),
        ("y", 2),
    ]


@given(
    st.lists(st.tuples(keys, st.integers(0, 9)), max_size=20),
    st.lists(st.tuples(keys, st.integers(0, 9)), max_size=20),
)
def test_merge_b_wins_a_positions_kept(a, b):
    expected = dict(a)
    expected.update(dict(b))
    assert call("map_merge", [(a, MII), (b, MII)], MII) == list(expected.items())


@given(st.lists(st.tuples(keys, st.integers(0, 3)), max_size=15), st.randoms())
def test_eq_ignores_order_and_hash_agrees(pairs, rnd):
    d = dict(pairs)
    shuffled = list(d.items())
    rnd.shuffle(shuffled)
    assert rt.coll_eq(list(d.items()), shuffled, MII)
    assert rt.coll_hash(list(d.items()), MII) == rt.coll_hash(shuffled, MII)
    if d:
        k = next(iter(d))
        changed = [(k2, v + 1 if k2 == k else v) for k2, v in shuffled]
        assert not rt.coll_eq(list(d.items()), changed, MII)
        assert not rt.coll_eq(list(d.items()), shuffled[1:], MII)


def test_display_and_debug():
    assert rt.coll_display([], MII) == "%{}"
    assert rt.coll_display([("a", 1), ("b", 2)], MSI) == "%{a => 1, b => 2}"
    assert rt.coll_display([("a", 1)], MSI, debug=True) == '%{"a" => 1}'
    nested = ("map", "str", ("list", "str"))
    assert rt.coll_display([("k", ["x"])], nested, debug=True) == '%{"k" => ["x"]}'


def test_put_speed_smoke():
    seconds, size = rt.map_put_benchmark(200_000)
    assert size == 200_000
    assert seconds < 5, seconds


branching = st.lists(
    st.tuples(
        st.sampled_from(["put", "put", "delete"]),
        st.integers(0, 8),
        st.integers(-12, 12),
        st.integers(0, 9),
    ),
    max_size=60,
)


@settings(max_examples=200)
@given(branching)
def test_every_version_stays_intact(script):
    # Maps derived from older versions share key vectors and trie nodes
    # with their siblings; no operation may change what another version
    # holds.
    versions = [{}]
    for op, which, k, v in script:
        d = dict(versions[which % len(versions)])
        if op == "put":
            d[k] = v
        else:
            d.pop(k, None)
        versions.append(d)
    expected = [list(d.items()) for d in versions]
    for t in (MII, MCI):
        assert rt.map_versions(script, t) == expected
    # String keys: every step makes a new key object, so equal keys are
    # different words (visibility must not confuse them).
    text_script = [(op, which, f"k{k}", v) for op, which, k, v in script]
    got = rt.map_versions(text_script, MSI)
    assert got == [[(f"k{k}", v) for k, v in entries] for entries in expected]
