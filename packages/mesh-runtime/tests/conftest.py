"""Shared helpers: building small C programs against libmeshrt.a."""

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

import mesh_runtime


def compile_program(tmp_path: Path, source: str, name: str = "prog", cflags=()) -> Path:
    """Compiles a C program that defines mesh_main, the way codegen links."""
    c_file = tmp_path / f"{name}.c"
    c_file.write_text(source)
    exe = tmp_path / name
    cc = shlex.split(os.environ.get("CC", "cc"))
    cmd = [
        *cc,
        "-O1",
        *cflags,
        f"-I{mesh_runtime.include_dir()}",
        str(c_file),
        "-o",
        str(exe),
        *mesh_runtime.link_args(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return exe


@pytest.fixture
def build_program(tmp_path):
    if shutil.which(os.environ.get("CC", "cc").split()[0]) is None:
        pytest.skip("no C compiler")

    def build(source, name="prog", cflags=()):
        return compile_program(tmp_path, source, name, cflags)

    return build
