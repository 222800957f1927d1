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
def _align_functions() -> None:
    """64-byte function alignment for optimised code.

    Measured (package README, "Performance"): naive ``fib`` compiled to exactly clang's
    machine code ran 1.0x or 1.23x the C time depending only on where the linker placed it
    (its address modulo 64); aligned to 64 it is within 1.06x wherever it lands.  The cost
    is padding between functions.  llvmlite exposes this only as a process-wide LLVM
    option, so once set it applies to every later build in the process.
    """
    llvm.set_option("", "-align-all-functions=6")


@functools.cache
def host_machine(opt_level: int) -> llvm.TargetMachine:
    if opt_level >= 2:
        _align_functions()
    # PIC: the system cc links position-independent executables by default
    return _native().create_target_machine(opt=opt_level, reloc="pic", codemodel="default")


def host_triple() -> str:
    return _native().triple
