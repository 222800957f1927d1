"""What a PATH argument names, and where the outputs of a build go (spec 15 §1.2, §2.1)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ToolError

ENTRY_FILE = "main.mpl"
SOURCE_SUFFIX = ".mpl"


@dataclass(frozen=True)
class Target:
    """A program to compile: a project directory or a single file."""

    given: str          # the PATH exactly as typed; diagnostics show paths relative to it
    is_project: bool
    directory: Path     # the project directory, or the directory holding the file

    @property
    def name(self) -> str:
        """The program's name: the directory's basename, or the file's stem."""
        if self.is_project:
            return self.directory.resolve().name or "main"
        return Path(self.given).stem

    @property
    def label(self) -> str:
        """How the summary line names the program (`could not compile `<label>``)."""
        return self.name if self.is_project else Path(self.given).name


def resolve_target(given: str) -> Target:
    path = Path(given)
    if path.is_dir():
        if not (path / ENTRY_FILE).is_file():
            raise ToolError(f"No '{ENTRY_FILE}' found in '{given}'. "
                            f"Mesh projects must have a {ENTRY_FILE} entry point.")
        return Target(given=given, is_project=True, directory=path)
    if path.is_file():
        if path.suffix != SOURCE_SUFFIX:
            raise ToolError(f"'{given}' is not a Mesh source file (expected a `{SOURCE_SUFFIX}` file "
                            f"or a project directory)")
        return Target(given=given, is_project=False, directory=path.parent)
    raise ToolError(f"'{given}' does not exist")


def default_output(target: Target) -> Path:
    """`DIR/<basename of DIR>` for a project, `<dir of FILE>/<stem>` for a file."""
    return target.directory / target.name


def llvm_ir_path(output: Path) -> Path:
    """`--emit-llvm` writes the IR next to the executable, with extension `.ll`."""
    return output.with_name(output.name + ".ll")


def check_writable_output(output: Path) -> None:
    if output.is_dir():
        raise ToolError(f"cannot write the executable to '{output}': it is a directory "
                        f"(choose another path with -o)")
    parent = output.parent
    if not parent.is_dir():
        raise ToolError(f"cannot write the executable to '{output}': "
                        f"directory '{parent}' does not exist")
    if not os.access(parent, os.W_OK):
        raise ToolError(f"cannot write the executable to '{output}': "
                        f"directory '{parent}' is not writable")
