"""LLVM-side passes: parse/verify the emitted IR, run the new pass manager, emit an object."""

from __future__ import annotations

import llvmlite.binding as llvm
from llvmlite import ir

from .errors import build_error
from .target import host_machine


def parse_and_verify(module: ir.Module) -> llvm.ModuleRef:
    try:
        parsed = llvm.parse_assembly(str(module))
        parsed.verify()
    except RuntimeError as exc:
        raise build_error("internal error: LLVM rejected the generated code",
                          notes=[str(exc).strip()]) from exc
    return parsed


def optimise(module: llvm.ModuleRef, opt_level: int) -> None:
    """The standard -O<level> pipeline of LLVM's new pass manager."""
    if opt_level <= 0:
        return
    tuning = llvm.create_pipeline_tuning_options(speed_level=min(opt_level, 3))
    builder = llvm.create_pass_builder(host_machine(opt_level), tuning)
    builder.getModulePassManager().run(module, builder)


def object_code(module: llvm.ModuleRef, opt_level: int) -> bytes:
    return host_machine(max(0, min(opt_level, 3))).emit_object(module)
