"""The code generation pipeline as data: named passes run in order over one state.

``emit_ir`` runs the passes up to ``optimise``; ``build_executable`` runs
them all.  Each pass's wall time is recorded under its name when a
``timings`` dict is given (``mesh build --timings``).
"""

from __future__ import annotations

import pathlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import llvmlite.binding as llvm
from llvmlite import ir
from mesh_types import hir

from . import mir, settings
from .emit_module import emit_module
from .errors import BuildError, build_error
from .link import link
from .lower import lower_program
from .monomorphise import Instance, reachable_instances
from .optimise import object_code, optimise, parse_and_verify


@dataclass
class BuildState:
    program: hir.Program
    opt_level: int = 0
    debug: bool = False
    output: pathlib.Path | None = None
    emit_llvm: pathlib.Path | None = None
    instances: list[Instance] = field(default_factory=list)
    mir: mir.Program | None = None
    ir_module: ir.Module | None = None
    llvm_module: llvm.ModuleRef | None = None
    object: bytes = b""


def _monomorphise(s: BuildState) -> None:
    s.instances = reachable_instances(s.program)


def _lower(s: BuildState) -> None:
    s.mir = lower_program(s.instances, s.program)


def _emit(s: BuildState) -> None:
    s.ir_module = emit_module(s.mir, debug=s.debug, opt_level=s.opt_level)


def _verify(s: BuildState) -> None:
    s.llvm_module = parse_and_verify(s.ir_module)


def _optimise(s: BuildState) -> None:
    optimise(s.llvm_module, s.opt_level)
    if s.emit_llvm is not None:
        s.emit_llvm.write_text(str(s.llvm_module))


def _object(s: BuildState) -> None:
    s.object = object_code(s.llvm_module, s.opt_level)


def _link(s: BuildState) -> None:
    with tempfile.TemporaryDirectory(prefix="mesh-build-") as tmp:
        obj = pathlib.Path(tmp) / (s.output.name + ".o")
        obj.write_bytes(s.object)
        link([obj], s.output)
        if settings.keep_temporaries():
            s.output.with_suffix(".o").write_bytes(s.object)


Pass = tuple[str, Callable[[BuildState], None]]

FRONT_PASSES: list[Pass] = [
    ("monomorphise", _monomorphise),
    ("lower", _lower),
    ("emit", _emit),
    ("verify", _verify),
    ("optimise", _optimise),
]
BACK_PASSES: list[Pass] = [
    ("object", _object),
    ("link", _link),
]
PASSES: list[Pass] = FRONT_PASSES + BACK_PASSES


def run_passes(passes: list[Pass], state: BuildState, timings: dict | None = None) -> BuildState:
    """Run ``passes`` in order.  A defect inside a pass (any exception but
    BuildError) becomes a C0001 "internal error" diagnostic naming the pass,
    never a traceback for the user."""
    for name, run in passes:
        start = time.perf_counter()
        try:
            run(state)
        except BuildError:
            raise
        except Exception as exc:
            raise build_error(
                f"internal compiler error in the `{name}` pass: {type(exc).__name__}: {exc}",
                notes=["this is a bug in the Mesh compiler; please report it with the program"],
            ) from exc
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
    return state
