"""The compilers a benchmark is built with: Mesh, and the references (C, Go).

Each :class:`Toolchain` knows the command that builds one source file into an
executable and how to ask the tool for its version, and says why it cannot be
used when its program is missing (the run then skips it with that reason).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


def mesh_command() -> list[str]:
    """`mesh` from PATH (the nox session installs it), else the module in this interpreter."""
    found = shutil.which("mesh")
    return [found] if found else [sys.executable, "-m", "mesh_cli"]


@dataclass(frozen=True)
class Toolchain:
    key: str                  # how suite.py names it
    label: str                # how the report names it
    suffix: str               # source suffix: ".mpl", ".c", ".go"
    program: str              # the executable that must be on PATH
    flags: tuple[str, ...]    # optimisation flags, part of the label
    version_args: tuple[str, ...] = ("--version",)

    def missing_reason(self) -> str | None:
        if self.key == "mesh":
            return None  # falls back to `python -m mesh_cli`
        if shutil.which(self.program) is None:
            return f"`{self.program}` is not installed"
        return None

    def build_command(self, source: Path, exe: Path) -> list[str]:
        if self.key == "mesh":
            # --emit-llvm: the IR is read afterwards to confirm preemption checks are compiled in
            return [*mesh_command(), "build", *self.flags, "--emit-llvm", str(source), "-o", str(exe)]
        if self.key == "go":
            return [self.program, "build", "-o", str(exe), str(source)]
        return [self.program, *self.flags, str(source), "-o", str(exe)]

    def version(self) -> str:
        if self.missing_reason() is not None:
            return "not installed"
        cmd = [*mesh_command(), "--version"] if self.key == "mesh" else [self.program, *self.version_args]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            return f"unknown ({e})"
        lines = (out.stdout or out.stderr).strip().splitlines()
        return lines[0] if lines else "unknown"


TOOLCHAINS: dict[str, Toolchain] = {t.key: t for t in (
    Toolchain("mesh", "mesh --release", ".mpl", "mesh", ("--release",)),
    Toolchain("clang", "clang -O2", ".c", "clang", ("-O2",)),
    Toolchain("gcc", "gcc -O2", ".c", "gcc", ("-O2",)),
    Toolchain("go", "go build", ".go", "go", (), ("version",)),
)}


@dataclass
class Built:
    exe: Path | None          # None when the build failed
    seconds: float
    error: str = ""


def build(toolchain: Toolchain, source: Path, exe: Path, env: dict[str, str] | None = None) -> Built:
    t0 = time.perf_counter()
    try:
        done = subprocess.run(toolchain.build_command(source, exe), capture_output=True,
                              text=True, env=env, check=False)
    except OSError as e:
        return Built(None, 0.0, str(e))
    seconds = time.perf_counter() - t0
    if done.returncode != 0 or not exe.exists():
        return Built(None, seconds, (done.stderr or done.stdout).strip()[-2000:])
    return Built(exe, seconds)
