"""What PATH names and where executables go (spec 15 §1.2)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import write

from mesh_cli.errors import ToolError
from mesh_cli.paths import (
    check_writable_output,
    default_output,
    llvm_ir_path,
    resolve_target,
)


def test_project_directory(tmp_path, monkeypatch):
    write(tmp_path / "proj" / "main.mpl", "")
    monkeypatch.chdir(tmp_path)
    t = resolve_target("proj")
    assert t.is_project and t.name == "proj" and t.label == "proj"
    assert default_output(t) == Path("proj/proj")


def test_current_directory_project_is_named_after_it(tmp_path, monkeypatch):
    write(tmp_path / "my_app" / "main.mpl", "")
    monkeypatch.chdir(tmp_path / "my_app")
    t = resolve_target(".")
    assert t.name == "my_app"
    assert default_output(t) == Path("my_app")


def test_single_file(tmp_path, monkeypatch):
    write(tmp_path / "src" / "hello.mpl", "")
    monkeypatch.chdir(tmp_path)
    t = resolve_target("src/hello.mpl")
    assert not t.is_project and t.name == "hello" and t.label == "hello.mpl"
    assert default_output(t) == Path("src/hello")


def test_directory_without_main(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ToolError, match="No 'main.mpl' found in 'empty'. Mesh projects must "
                                        "have a main.mpl entry point."):
        resolve_target("empty")


def test_missing_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ToolError, match="does not exist"):
        resolve_target("nope.mpl")


def test_not_a_mesh_file(tmp_path, monkeypatch):
    write(tmp_path / "notes.txt", "")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ToolError, match="not a Mesh source file"):
        resolve_target("notes.txt")


def test_llvm_ir_next_to_output():
    assert llvm_ir_path(Path("proj/proj")) == Path("proj/proj.ll")
    assert llvm_ir_path(Path("hello")) == Path("hello.ll")


def test_output_that_is_a_directory(tmp_path):
    (tmp_path / "proj" / "proj").mkdir(parents=True)
    with pytest.raises(ToolError, match="is a directory"):
        check_writable_output(tmp_path / "proj" / "proj")


def test_output_in_missing_directory(tmp_path):
    with pytest.raises(ToolError, match="does not exist"):
        check_writable_output(tmp_path / "no" / "app")


def test_output_ok(tmp_path):
    check_writable_output(tmp_path / "app")
    assert os.access(tmp_path, os.W_OK)
