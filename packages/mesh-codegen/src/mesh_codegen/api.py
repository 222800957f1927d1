"""The public entry points of mesh-codegen."""

from __future__ import annotations

import pathlib

from mesh_types import hir

from .pipeline import FRONT_PASSES, PASSES, BuildState, run_passes


def _check_opt(opt_level: int) -> int:
    if opt_level not in (0, 1, 2, 3):
        raise ValueError(f"opt_level must be 0..3, not {opt_level!r}")
    return opt_level


def emit_ir(program: hir.Program, *, opt_level: int = 0, debug: bool = False) -> str:
    """Textual LLVM IR for ``program`` (verified; optimised when ``opt_level`` > 0)."""
    state = BuildState(program, _check_opt(opt_level), debug)
    run_passes(FRONT_PASSES, state)
    return str(state.llvm_module)


def build_executable(program: hir.Program, output: pathlib.Path, *, opt_level: int = 0,
                     debug: bool = False, emit_llvm: pathlib.Path | None = None,
                     timings: dict | None = None) -> None:
    """Compile ``program`` to a native executable at ``output``.

    Raises :class:`~mesh_codegen.errors.BuildError` (code C0001) on failure.
    """
    state = BuildState(program, _check_opt(opt_level), debug, pathlib.Path(output),
                       pathlib.Path(emit_llvm) if emit_llvm is not None else None)
    run_passes(PASSES, state, timings)
