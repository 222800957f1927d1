"""Test setup: make sibling packages importable from a source checkout.

When mesh-syntax / mesh-types are not installed in the environment yet, their
``src`` directories are put on ``sys.path`` so the codegen tests can build
HIR by hand.
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys

PACKAGES = pathlib.Path(__file__).resolve().parents[2]
TESTS = pathlib.Path(__file__).resolve().parent

for package, module in (("mesh-syntax", "mesh_syntax"), ("mesh-types", "mesh_types"),
                        ("mesh-codegen", "mesh_codegen")):
    if importlib.util.find_spec(module) is None:
        sys.path.insert(0, str(PACKAGES / package / "src"))
sys.path.insert(0, str(TESTS))


# ---------------------------------------------------------------- end-to-end support

import os  # noqa: E402
import subprocess  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402


def _runtime_problem() -> str | None:
    """Why executables cannot be linked here, or None when they can."""
    try:
        import mesh_runtime
    except ImportError as exc:
        return f"mesh_runtime is not importable ({exc}); pip install -e packages/mesh-runtime"
    try:
        libdir = pathlib.Path(mesh_runtime.library_dir())
    except Exception as exc:  # the runtime package reports an unbuilt library its own way
        return f"mesh_runtime.library_dir() failed: {exc}"
    if not (libdir / "libmeshrt.a").exists():
        return f"libmeshrt.a not found in {libdir}"
    return None


@dataclass
class Run:
    stdout: str
    stderr: str
    status: int


@pytest.fixture(scope="session")
def runtime_ready() -> None:
    """End-to-end tests fail (not skip) when the runtime library is missing."""
    problem = _runtime_problem()
    if problem:
        pytest.fail(f"the Mesh runtime is required for end-to-end tests: {problem}", pytrace=False)


@pytest.fixture
def run_program(runtime_ready, tmp_path):
    """Build a HIR program into an executable, run it, return its output and status."""
    from mesh_codegen import build_executable

    def run(program, *, opt_level: int = 0, args: list[str] | None = None, timeout: float = 60) -> Run:
        exe = tmp_path / f"prog{len(list(tmp_path.iterdir()))}"
        build_executable(program, exe, opt_level=opt_level)
        done = subprocess.run([str(exe), *(args or [])], capture_output=True, text=True,
                              timeout=timeout, env={**os.environ, "LC_ALL": "C"})
        return Run(done.stdout, done.stderr, done.returncode)

    return run
