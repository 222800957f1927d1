"""The host target machine (one per optimisation level), shared by emission and object output."""

from __future__ import annotations

import functools

import llvmlite.binding as llvm


@functools.cache
def _native() -> llvm.Target:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    return llvm.Target.from_default_triple()


@functools.cache
def host_machine(opt_level: int) -> llvm.TargetMachine:
    # PIC: the system cc links position-independent executables by default
    return _native().create_target_machine(opt=opt_level, reloc="pic", codemodel="default")


def host_triple() -> str:
    return _native().triple
