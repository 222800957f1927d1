"""`mesh new NAME`: create a project that builds and runs (spec 15 §2.4)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from ..errors import ToolError
from .context import Context

# A package name becomes a module prefix for dependents (spec 15 §2.3), so
# keep it to letters, digits, `_` and `-`, starting with a letter.
_VALID_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")

MAIN_TEMPLATE = """fn main() do
  println("Hello from Mesh!")
end
"""


def manifest(name: str) -> str:
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\n\n[dependencies]\n'


def create_project(given: str) -> Path:
    directory = Path(given)
    name = directory.name
    if not _VALID_NAME.match(name):
        raise ToolError(f"invalid project name '{name}': use letters, digits, `_` and `-`, "
                        f"starting with a letter")
    if directory.exists():
        raise ToolError(f"'{given}' already exists")
    if not directory.parent.is_dir():
        raise ToolError(f"cannot create '{given}': directory '{directory.parent}' does not exist")
    directory.mkdir()
    (directory / "mesh.toml").write_text(manifest(name), encoding="utf-8")
    (directory / "main.mpl").write_text(MAIN_TEMPLATE, encoding="utf-8")
    return directory


def run(ns: argparse.Namespace, ctx: Context) -> int:
    create_project(ns.name)
    print(f"Created project '{ns.name}'")
    return 0
