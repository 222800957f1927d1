"""Finding integration cases and running them through the real `mesh` command.

Kept apart from the pytest module so other drivers (benchmarks, a future
server driver) can reuse the case format described in README.md.
"""

from __future__ import annotations

import difflib
import json
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CASES_DIR = Path(__file__).parent / "cases"
MODES = {"debug": "--debug", "release": "--release"}
BUILD_TIMEOUT = 300  # seconds; a cold compile on a busy 2-core machine
RUN_TIMEOUT = 60


@dataclass(frozen=True)
class Case:
    """A single-file program `<group>/<name>.mpl` or a project directory `<group>/<name>/`."""

    source: Path

    @property
    def name(self) -> str:
        return self.source.name if self.source.is_dir() else self.source.stem

    @property
    def id(self) -> str:
        return f"{self.source.parent.name}/{self.name}"

    def _sibling(self, ext: str) -> Path:
        return self.source.parent / f"{self.name}{ext}"

    def _text(self, ext: str) -> str | None:
        # bytes, then decode: no newline translation, so `\r` in expected output survives
        p = self._sibling(ext)
        return p.read_bytes().decode("utf-8") if p.is_file() else None

    @property
    def expected_stdout(self) -> str | None:
        return self._text(".out")

    @property
    def expected_exit(self) -> int:
        text = self._text(".exit")
        return int(text.strip()) if text else 0

    @property
    def expected_stderr(self) -> str | None:
        text = self._text(".stderr")
        return text.rstrip("\n") if text else None

    @property
    def stdin(self) -> str:
        return self._text(".stdin") or ""

    @property
    def xfail_reason(self) -> str | None:
        """Why the case is expected to fail for now (a feature not built yet)."""
        text = self._text(".xfail")
        return text.strip() or "expected to fail" if text is not None else None

    @property
    def expected_codes(self) -> list[str] | None:
        """Diagnostic codes of a compile-error case, sorted (one per error)."""
        text = self._text(".code")
        return None if text is None else sorted(text.split())


def discover_cases(root: Path = CASES_DIR) -> list[Case]:
    files = root.glob("*/*.mpl")
    projects = (p.parent for p in root.glob("*/*/main.mpl"))
    return sorted((Case(p) for p in [*files, *projects]), key=lambda c: c.id)


def mesh_command() -> list[str]:
    """`$MESH_BIN` (a command line), else `mesh` on PATH, else this Python's mesh_cli."""
    if os.environ.get("MESH_BIN"):
        return shlex.split(os.environ["MESH_BIN"])
    found = shutil.which("mesh")
    if found:
        return [found]
    return [sys.executable, "-m", "mesh_cli"]


def build(case: Case, mode: str, out: Path) -> subprocess.CompletedProcess:
    cmd = [*mesh_command(), "build", str(case.source), "-o", str(out), MODES[mode],
           "--format", "json"]
    return subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
                          stdin=subprocess.DEVNULL)


def run(exe: Path, stdin: str) -> subprocess.CompletedProcess:
    """Run a built program; stdout/stderr decoded as UTF-8 without newline translation."""
    proc = subprocess.run([str(exe)], check=False, input=stdin.encode("utf-8"), capture_output=True,
                          timeout=RUN_TIMEOUT)
    proc.stdout = proc.stdout.decode("utf-8", errors="replace")
    proc.stderr = proc.stderr.decode("utf-8", errors="replace")
    return proc


def json_diagnostics(stderr: str) -> list[dict]:
    """The JSON-line diagnostics in a `--format json` stderr."""
    found = []
    for line in stderr.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            found.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return found


def diagnostic_codes(stderr: str, severity: str = "error") -> list[str]:
    """Codes of the JSON-line diagnostics of one severity, sorted."""
    return sorted(d.get("code") for d in json_diagnostics(stderr) if d.get("severity") == severity)


def malformed_diagnostics(stderr: str) -> list[dict]:
    """Source diagnostics that break spec 15 §3: a file and spans with end > start."""
    bad = []
    for d in json_diagnostics(stderr):
        if d.get("code") == "C0001":
            continue
        spans = d.get("spans") or []
        if not d.get("file") or not spans or any(s["end"] <= s["start"] for s in spans):
            bad.append(d)
    return bad


def stdout_diff(expected: str, actual: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(keepends=True),
                                 actual.splitlines(keepends=True),
                                 fromfile="expected stdout", tofile="actual stdout")
    return "".join(line if line.endswith("\n") else line + "\n\\ no newline\n"
                   for line in lines)
