"""Helpers shared by the CLI tests: run `mesh` in a subprocess, as users do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _mesh_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MESH_") and k not in ("NO_COLOR", "XDG_CACHE_HOME")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")  # never touch the user's cache
    env.update(extra)
    return env


@pytest.fixture
def mesh(tmp_path):
    """``mesh(*args, cwd=..., env={...}, input=...)`` -> CompletedProcess (text)."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "mesh_cli", *args],
            check=False, cwd=cwd or tmp_path, env=_mesh_env(tmp_path, **(env or {})),
            input=input, capture_output=True, text=True, timeout=timeout)

    return run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
