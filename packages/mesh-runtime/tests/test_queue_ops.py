"""Queue<T> (spec 11 s7): persistent FIFO."""

from hypothesis import given, settings
from hypothesis import strategies as st
from mesh_runtime import _meshrt as rt

QI = ("queue", "int")
QS = ("queue", "str")


def call(name, args, result):
    return rt.rt_call(name, args, result)


def test_push_pop_peek():
    assert call("queue_push", [([1, 2], QI), (3, "int")], QI) == [1, 2, 3]
    front, rest = call(
        "queue_pop",
        [([1, 2, 3], QI), (None, ("desc", ("tuple", "int", QI)))],
        ("tuple", "int", QI),
    )
    assert (front, rest) == (1, [2, 3])
    assert call("queue_peek", [(["a", "b"], QS)], "str") == "a"
    assert call("queue_size", [([1, 2], QI)], "int") == 2
    assert call("queue_is_empty", [([], QI)], "bool")
    assert not call("queue_is_empty", [([5], QI)], "bool")


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["push", "push", "pop"]),
            st.integers(0, 5),
            st.integers(0, 99),
        ),
        max_size=80,
    )
)
def test_every_version_stays_intact(script):
    # Versions share stores; pushing to an old version must not disturb
    # newer ones and popping never copies.
    versions = [[]]
    for op, which, x in script:
        base = versions[which % len(versions)]
        if op == "push":
            versions.append(base + [x])
        elif base:
            versions.append(base[1:])
    assert rt.queue_versions(script) == versions


def test_long_running_fifo_stays_bounded():
    # Push two, pop one, many times: the live window stays small, and the
    # store is re-laid out instead of growing without bound.
    size, max_cap = rt.queue_churn(200_000)
    assert size == 100_000
    assert max_cap <= 4 * 100_000 + 8
