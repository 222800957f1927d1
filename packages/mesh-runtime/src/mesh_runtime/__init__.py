"""The Mesh runtime as a Python package.

For the compiler: where the static library and its header live, and the
extra linker flags a Mesh program needs.  For tests and tools: thin
wrappers over runtime functions (from the compiled ``_meshrt`` module).
"""

from __future__ import annotations

from pathlib import Path

from mesh_runtime._meshrt import (
    alloc_objects,
    bool_to_string,
    context_pingpong,
    float_to_string,
    int_to_string,
    runtime_init,
    string_cmp,
    string_concat,
    string_eq,
    string_length,
    string_roundtrip,
)

__version__ = "0.1.0"

_HERE = Path(__file__).resolve().parent

__all__ = [
    "alloc_objects",
    "bool_to_string",
    "context_pingpong",
    "float_to_string",
    "include_dir",
    "int_to_string",
    "library_dir",
    "library_path",
    "link_args",
    "runtime_init",
    "string_cmp",
    "string_concat",
    "string_eq",
    "string_length",
    "string_roundtrip",
]


def library_dir() -> Path:
    """Directory holding ``libmeshrt.a``."""
    return _HERE / "lib"


def library_path() -> Path:
    """Full path of ``libmeshrt.a``."""
    return library_dir() / "libmeshrt.a"


def include_dir() -> Path:
    """Directory holding ``mesh_rt.h``."""
    return _HERE / "include"


def link_args() -> list[str]:
    """Linker arguments that come after the program's objects.

    ``--gc-sections`` is required, not an optimisation: it is what removes
    the Python glue compiled into the same objects, so the program needs no
    libpython.
    """
    return [
        str(library_path()),
        "-Wl,--gc-sections",
        "-lpthread",
        "-lm",
    ]
