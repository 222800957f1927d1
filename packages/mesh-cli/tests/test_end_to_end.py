"""The real compiler behind the real command: build, check, run on tiny programs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import write

HELLO = 'fn main() do\n  println("hello")\nend\n'
TYPE_ERROR = 'fn main() do\n  let limit :: Int = "ten"\n  println("${limit}")\nend\n'
TWO_ERRORS = 'fn main() do\n  println(1)\n  println(missing_name)\nend\n'
PANIC = 'fn main() do\n  println("before")\n  panic("boom")\n  println("after")\nend\n'


def test_build_single_file(mesh, tmp_path):
    write(tmp_path / "src" / "hello.mpl", HELLO)
    r = mesh("build", "src/hello.mpl")
    assert r.returncode == 0, r.stderr
    assert r.stderr.endswith("  Compiled: src/hello\n")
    exe = tmp_path / "src" / "hello"
    assert os.access(exe, os.X_OK)
    assert subprocess.run([exe], check=False, capture_output=True, text=True).stdout == "hello\n"


def test_build_project_directory(mesh, tmp_path):
    write(tmp_path / "proj" / "main.mpl", HELLO)
    write(tmp_path / "proj" / "mesh.toml", '[package]\nname = "proj"\nversion = "0.1.0"\n')
    r = mesh("build", "proj", "--emit-llvm")
    assert r.returncode == 0, r.stderr
    assert "  Compiled: proj/proj\n" in r.stderr
    assert os.access(tmp_path / "proj" / "proj", os.X_OK)
    assert "define" in (tmp_path / "proj" / "proj.ll").read_text()


def test_build_current_directory(mesh, tmp_path):
    write(tmp_path / "here" / "main.mpl", HELLO)
    r = mesh("build", cwd=tmp_path / "here")
    assert r.returncode == 0, r.stderr
    assert os.access(tmp_path / "here" / "here", os.X_OK)


def test_build_output_option_and_timings(mesh, tmp_path):
    write(tmp_path / "a.mpl", HELLO)
    r = mesh("build", "a.mpl", "-o", "bin_a", "--release", "--timings")
    assert r.returncode == 0, r.stderr
    assert os.access(tmp_path / "bin_a", os.X_OK) and not (tmp_path / "a").exists()
    assert "Timings:" in r.stderr and "check" in r.stderr and "total" in r.stderr


def test_compile_error_human(mesh, tmp_path):
    write(tmp_path / "proj" / "main.mpl", TYPE_ERROR)
    r = mesh("build", "proj", "--no-color")
    assert r.returncode == 1
    assert "error[E0001]" in r.stderr
    assert "--> proj/main.mpl:2:" in r.stderr      # relative to the directory as given
    assert r.stderr.rstrip().endswith("error: could not compile `proj` due to 1 previous error")
    assert "Traceback" not in r.stderr and "\x1b[" not in r.stderr
    assert not (tmp_path / "proj" / "proj").exists()


def test_compile_errors_all_reported_and_counted(mesh, tmp_path):
    write(tmp_path / "two.mpl", TWO_ERRORS)
    r = mesh("check", "two.mpl")
    assert r.returncode == 1
    assert "error[E0001]" in r.stderr and "error[E0004]" in r.stderr
    assert "could not compile `two.mpl` due to 2 previous errors" in r.stderr


def test_json_diagnostics_are_pure_json_lines(mesh, tmp_path):
    write(tmp_path / "proj" / "main.mpl", TWO_ERRORS)
    for args in (["check", "proj", "--json"], ["build", "proj", "--format", "json"]):
        r = mesh(*args)
        assert r.returncode == 1
        lines = [json.loads(line) for line in r.stderr.splitlines()]
        assert sorted(d["code"] for d in lines) == ["E0001", "E0004"]
        for d in lines:
            assert d["file"] == "proj/main.mpl" and d["severity"] == "error"
            assert d["spans"] and d["spans"][0]["end"] > d["spans"][0]["start"]


def test_tool_errors(mesh, tmp_path):
    (tmp_path / "empty").mkdir()
    r = mesh("build", "empty")
    assert r.returncode == 1
    assert r.stderr == ("error: No 'main.mpl' found in 'empty'. "
                        "Mesh projects must have a main.mpl entry point.\n")
    r = mesh("check", "missing.mpl")
    assert r.returncode == 1 and r.stderr == "error: 'missing.mpl' does not exist\n"
    r = mesh("check", "missing.mpl", "--json")
    assert r.returncode == 1 and json.loads(r.stderr)["code"] == "C0001"


def test_check_success(mesh, tmp_path):
    write(tmp_path / "ok.mpl", HELLO)
    r = mesh("check", "ok.mpl")
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "ok").exists()  # check writes nothing


def test_run_exit_status_and_output(mesh, tmp_path):
    write(tmp_path / "p.mpl", PANIC)
    r = mesh("run", "p.mpl")
    assert r.returncode == 101
    assert r.stdout == "before\n"
    assert "[mesh] panic: boom" in r.stderr


def test_run_caches_single_files_per_user(mesh, tmp_path):
    write(tmp_path / "hello.mpl", HELLO)
    first = mesh("run", "hello.mpl", env={"MESH_VERBOSE": "1"})
    assert first.returncode == 0, first.stderr
    assert first.stdout == "hello\n" and "  Compiled: " in first.stderr
    exe = Path(first.stderr.split("  Compiled: ")[1].split("\n")[0])
    assert exe.is_relative_to(tmp_path / "xdg-cache" / "mesh")
    mtime = exe.stat().st_mtime_ns

    second = mesh("run", "hello.mpl", env={"MESH_VERBOSE": "1"})
    assert second.stdout == "hello\n"
    assert f"  Cache hit: {exe}" in second.stderr and "Compiled" not in second.stderr
    assert exe.stat().st_mtime_ns == mtime  # not rebuilt

    write(tmp_path / "hello.mpl", HELLO.replace("hello", "changed"))
    third = mesh("run", "hello.mpl", env={"MESH_VERBOSE": "1"})
    assert third.stdout == "changed\n" and "  Compiled: " in third.stderr


def test_run_second_time_skips_check_and_build(mesh, tmp_path):
    write(tmp_path / "hello.mpl", HELLO)
    mesh("run", "hello.mpl")
    r = mesh("run", "hello.mpl", "--timings")
    assert r.stdout == "hello\n"
    assert "cache lookup" in r.stderr
    assert "    check " not in r.stderr
    assert "    build " not in r.stderr


def test_run_project_caches_under_dot_mesh(mesh, tmp_path):
    write(tmp_path / "proj" / "main.mpl", HELLO)
    r = mesh("run", "proj", env={"MESH_VERBOSE": "1"})
    assert r.returncode == 0 and r.stdout == "hello\n", r.stderr
    entries = list((tmp_path / "proj" / ".mesh" / "build").iterdir())
    assert len(entries) == 1 and (entries[0] / "proj").is_file()


def test_run_compile_error_does_not_execute(mesh, tmp_path):
    write(tmp_path / "bad.mpl", TYPE_ERROR)
    r = mesh("run", "bad.mpl")
    assert r.returncode == 1 and r.stdout == ""
    assert "error[E0001]" in r.stderr


def test_new_project_builds_and_runs(mesh, tmp_path):
    assert mesh("new", "fresh").returncode == 0
    r = mesh("run", "fresh")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Hello from Mesh!\n"


def test_check_never_loads_llvm(tmp_path):
    write(tmp_path / "ok.mpl", HELLO)
    code = ("import sys; from mesh_cli.main import main; rc = main(['check', 'ok.mpl']); "
            "print(rc, 'llvmlite' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=False,
                       capture_output=True, text=True)
    assert r.stdout.split() == ["0", "False"], r.stderr


def test_build_refuses_to_overwrite_a_source(mesh, tmp_path):
    write(tmp_path / "keep.mpl", HELLO)
    r = mesh("build", "keep.mpl", "-o", "keep.mpl")
    assert r.returncode == 1 and "is a source file" in r.stderr
    assert (tmp_path / "keep.mpl").read_text() == HELLO


def test_meshc_alias_is_installed_beside_mesh():
    import shutil

    mesh_exe = shutil.which("mesh")
    if mesh_exe is None:
        import pytest
        pytest.skip("mesh-cli is not installed (running from a source tree)")
    meshc = Path(mesh_exe).with_name("meshc")
    r = subprocess.run([str(meshc), "--version"], check=False, capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == "mesh 0.1.0\n"
