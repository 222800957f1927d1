"""Every setting and environment variable codegen reads, in one place."""

from __future__ import annotations

import os
import shutil


def c_compiler() -> str | None:
    """The C compiler driver used to link: ``$MESH_CC`` if set, else ``$CC`` if set, else ``cc``.

    A compiler named explicitly but missing is reported, not silently replaced.
    """
    name = os.environ.get("MESH_CC") or os.environ.get("CC") or "cc"
    return shutil.which(name)


def c_compiler_name() -> str:
    return os.environ.get("MESH_CC") or os.environ.get("CC") or "cc"


def keep_temporaries() -> bool:
    """``MESH_KEEP_TEMPS=1`` keeps the object file next to the output (debugging the linker step)."""
    return os.environ.get("MESH_KEEP_TEMPS", "") not in ("", "0")
