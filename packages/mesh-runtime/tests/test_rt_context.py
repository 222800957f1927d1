"""The stack-switch primitive: ping-pong between two stacks."""

import pytest

import mesh_runtime as rt


def expected_checksum(rounds):
    acc = 0.5
    for i in range(rounds):
        acc = acc * 0.75 + i
    return acc


def test_pingpong_orders_events():
    for rounds in (0, 1, 2, 10):
        events, checksum = rt.context_pingpong(rounds)
        assert events == list(range(2 * rounds)) + [-1]
        assert checksum == pytest.approx(expected_checksum(rounds))


def test_pingpong_many_switches():
    rounds = 100_000
    events, checksum = rt.context_pingpong(rounds)
    assert len(events) == 2 * rounds + 1
    assert events[:6] == [0, 1, 2, 3, 4, 5]
    assert events[-3:] == [2 * rounds - 2, 2 * rounds - 1, -1]
    assert checksum == pytest.approx(expected_checksum(rounds))


def test_stacks_are_released():
    # Each call maps and unmaps a stack; a leak would exhaust mappings.
    for _ in range(2000):
        assert rt.context_pingpong(1)[0] == [0, 1, -1]
