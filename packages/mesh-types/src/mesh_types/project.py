"""Finding the source files of a program (spec 15 §2.1).

A path is either one ``FILE.mpl`` (a single-file program, module ``Main``)
or a project directory with ``main.mpl`` at its root; every other ``*.mpl``
file below it is a module named from its relative path
(``billing/ledger.mpl`` -> ``Billing.Ledger``).  Dot-directories, the root
``migrations/`` directory and ``*.test.mpl`` files are not modules.
"""

from __future__ import annotations

import os
from pathlib import Path

from mesh_syntax.diagnostics import Diagnostic
from mesh_syntax.text import decode_source

from .source import SourceFile


class ProjectError(Exception):
    """Discovery failed; ``diagnostic`` says why (code C0001)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def module_name(relative: Path) -> str:
    """``src/auth/session_store.mpl`` -> ``Src.Auth.SessionStore``."""
    parts = list(relative.with_suffix("").parts)
    return ".".join(_pascal(p) for p in parts)


def _pascal(snake: str) -> str:
    return "".join(piece[:1].upper() + piece[1:] for piece in snake.split("_") if piece)


def _read(path: Path) -> str:
    # invalid UTF-8 is kept as lone surrogates, so byte offsets stay true to
    # the file and the lexer reports the bad bytes (spec 01 §1)
    return decode_source(path.read_bytes())


def discover(path: str | os.PathLike) -> list[SourceFile]:
    """The sources of the program at ``path``; the entry module comes first.

    Raises :class:`ProjectError` (carrying a C0001 diagnostic) when the path
    does not exist or a directory has no ``main.mpl``.
    """
    root = Path(path)
    if root.is_file():
        return [SourceFile(str(path), _read(root), "Main")]
    if not root.is_dir():
        raise ProjectError(Diagnostic("C0001", f"No such file or directory: '{path}'", None, None))
    main = root / "main.mpl"
    if not main.is_file():
        raise ProjectError(Diagnostic(
            "C0001",
            f"No 'main.mpl' found in '{path}'. Mesh projects must have a main.mpl entry point.",
            None, None))
    sources = [SourceFile(_shown(main, root, path), _read(main), "Main")]
    for file in sorted(_module_files(root)):
        rel = file.relative_to(root)
        sources.append(SourceFile(_shown(file, root, path), _read(file), module_name(rel)))
    return sources


def _shown(file: Path, root: Path, given: str | os.PathLike) -> str:
    """The path as users see it: relative to the directory given on the command line."""
    return str(Path(given) / file.relative_to(root))


def _module_files(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and not (here == root and d == "migrations"))
        for name in filenames:
            if not name.endswith(".mpl") or name.endswith(".test.mpl"):
                continue
            file = here / name
            if here == root and name == "main.mpl":
                continue
            yield file
