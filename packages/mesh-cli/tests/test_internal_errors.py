"""A crash inside the compiler is a C0001 message, never a traceback (unless asked)."""

from __future__ import annotations

import pytest
from conftest import write

from mesh_cli import compiler
from mesh_cli.commands import run as run_command
from mesh_cli.main import main


def _explode(*args, **kwargs):
    raise RuntimeError("checker exploded")


@pytest.fixture
def crashing_checker(monkeypatch, tmp_path):
    monkeypatch.setattr(compiler, "check", _explode)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MESH_BACKTRACE", raising=False)
    write(tmp_path / "x.mpl", 'fn main() do\n  println("x")\nend\n')


def test_internal_error_is_reported_as_c0001(crashing_checker, capsys):
    assert main(["build", "x.mpl"]) == 1
    err = capsys.readouterr().err
    assert "C0001" in err and "internal compiler error" in err
    assert "RuntimeError: checker exploded" in err
    assert "MESH_BACKTRACE=1" in err and "report" in err
    assert "Traceback" not in err


def test_internal_error_json(crashing_checker, capsys):
    assert main(["check", "x.mpl", "--json"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and '"C0001"' in err[0]


def test_backtrace_on_request(crashing_checker, capsys, monkeypatch):
    monkeypatch.setenv("MESH_BACKTRACE", "1")
    assert main(["check", "x.mpl"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "checker exploded" in err


def test_run_execs_with_program_arguments(monkeypatch):
    calls = []
    monkeypatch.setattr(run_command.os, "execv", lambda path, argv: calls.append((path, argv)))
    run_command._exec("/cache/app", ["--flag", "value"])
    assert calls == [("/cache/app", ["/cache/app", "--flag", "value"])]
