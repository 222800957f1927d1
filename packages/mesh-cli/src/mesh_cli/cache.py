"""The content-keyed build cache behind `mesh run` (spec 15 §1.2).

An executable is stored under a key that hashes everything that decides its
bytes: every source text with its module name and path, the options that
change code generation, and a fingerprint of the compiler itself (package
versions plus the size and mtime of every file of the compiler packages, so
an edited or reinstalled compiler never reuses stale output).  A second run
of an unchanged program finds the executable and skips compilation.

Layout: ``<root>/<key>/<program name>``; a project's root is
``DIR/.mesh/build``, single files share a per-user root.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import shutil
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from . import settings as settings_mod
from .settings import Settings

COMPILER_DISTRIBUTIONS = ("mesh-syntax", "mesh-types", "mesh-codegen", "mesh-runtime", "mesh-cli")
COMPILER_PACKAGES = ("mesh_syntax", "mesh_types", "mesh_codegen", "mesh_runtime", "mesh_cli")
KEY_LENGTH = 24  # hex digits of the sha256 used as directory name


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _package_files(package: str) -> Iterable[Path]:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    files: list[Path] = []
    for location in spec.submodule_search_locations:
        for dirpath, dirnames, filenames in os.walk(location):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            files.extend(Path(dirpath, f) for f in sorted(filenames))
    return files


@lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """A hash that changes whenever any part of the installed compiler changes."""
    h = hashlib.sha256()
    for dist in COMPILER_DISTRIBUTIONS:
        h.update(f"{dist}={_version(dist)}\n".encode())
    for package in COMPILER_PACKAGES:
        for f in _package_files(package):
            try:
                st = f.stat()
            except OSError:
                continue
            h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def cache_key(sources: Sequence[tuple[str, str, str]], option_fields: tuple,
              is_project: bool, fingerprint: str | None = None) -> str:
    """Key for (module name, display path, text) triples built with some options."""
    h = hashlib.sha256()
    h.update(b"mesh-run-cache-v1\0")
    h.update((fingerprint or compiler_fingerprint()).encode() + b"\0")
    h.update(repr((option_fields, is_project)).encode() + b"\0")
    for module, path, text in sorted(sources):
        for part in (module, path, text):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little"))
            h.update(data)
    return h.hexdigest()[:KEY_LENGTH]


def cache_root(project_dir: Path | None, settings: Settings) -> Path:
    """`DIR/.mesh/build` for a project, the per-user cache for a single file."""
    if project_dir is not None:
        return project_dir / settings_mod.PROJECT_CACHE_DIR
    return settings.user_cache_dir / "run"


class BuildCache:
    def __init__(self, root: Path, max_entries: int) -> None:
        self.root = root
        self.max_entries = max_entries

    def entry(self, key: str, name: str) -> Path:
        return self.root / key / name

    def lookup(self, key: str, name: str) -> Path | None:
        exe = self.entry(key, name)
        if exe.is_file() and os.access(exe, os.X_OK):
            try:
                os.utime(exe.parent)  # most recently used survives pruning
            except OSError:
                pass
            return exe
        return None

    def staging_path(self, key: str, name: str) -> Path:
        """Where to build before publishing: same directory, so the rename is atomic."""
        exe = self.entry(key, name)
        exe.parent.mkdir(parents=True, exist_ok=True)
        return exe.with_name(f".{name}.tmp{os.getpid()}")

    def publish(self, staged: Path, key: str, name: str) -> Path:
        exe = self.entry(key, name)
        os.replace(staged, exe)
        self.prune(keep=key)
        return exe

    def prune(self, keep: str) -> None:
        """Drop the least recently used entries beyond ``max_entries``."""
        try:
            entries = [p for p in self.root.iterdir() if p.is_dir() and p.name != keep]
        except OSError:
            return
        entries.sort(key=_mtime, reverse=True)
        for old in entries[max(self.max_entries - 1, 0):]:
            shutil.rmtree(old, ignore_errors=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another `mesh run`
        return 0.0
