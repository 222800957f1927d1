"""Env (spec 11 s12): get / get with default / get_int / args."""

import os

from mesh_runtime import _meshrt as rt


def test_get(monkeypatch):
    monkeypatch.setenv("MESH_TEST_VAR", "välue")
    monkeypatch.delenv("MESH_TEST_UNSET", raising=False)
    assert rt.env_get("MESH_TEST_VAR") == "välue"
    assert rt.env_get("MESH_TEST_UNSET") is None
    assert rt.env_get_or("MESH_TEST_VAR", "d") == "välue"
    assert rt.env_get_or("MESH_TEST_UNSET", "d") == "d"
    monkeypatch.setenv("MESH_TEST_EMPTY", "")
    assert rt.env_get("MESH_TEST_EMPTY") == ""
    # names no variable can have
    assert rt.env_get("") is None
    assert rt.env_get("A=B") is None
    assert rt.env_get("MESH_TEST_VAR\x00x") is None


def test_invalid_utf8_value_reads_as_unset(monkeypatch):
    os.environb[b"MESH_TEST_BYTES"] = b"\xff\xfe"
    try:
        assert rt.env_get("MESH_TEST_BYTES") is None
        assert rt.env_get_or("MESH_TEST_BYTES", "d") == "d"
    finally:
        del os.environb[b"MESH_TEST_BYTES"]


def test_get_int(monkeypatch):
    monkeypatch.setenv("MESH_TEST_N", " 42 ")
    assert rt.env_get_int("MESH_TEST_N", 7) == 42
    monkeypatch.setenv("MESH_TEST_N", "4x")
    assert rt.env_get_int("MESH_TEST_N", 7) == 7
    monkeypatch.delenv("MESH_TEST_N")
    assert rt.env_get_int("MESH_TEST_N", -1) == -1


def test_args_without_executable():
    assert rt.env_args_with([b"/bin/prog", b"a", b"", "é".encode()]) == ["a", "", "é"]
    assert rt.env_args_with([b"/bin/prog"]) == []
    assert rt.env_args_with([b"/bin/prog", b"x\xffy"]) == ["x\ufffdy"]
