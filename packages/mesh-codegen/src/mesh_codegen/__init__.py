"""mesh-codegen: typed tree (HIR) -> MIR -> LLVM IR (llvmlite) -> object -> native executable.

Public API::

    emit_ir(program, *, opt_level=0, debug=False) -> str
    build_executable(program, output, *, opt_level=0, debug=False, emit_llvm=None, timings=None)
    BuildError  # .diagnostic is a C0001 Diagnostic
"""

from .api import build_executable, emit_ir
from .errors import BuildError
from .pipeline import PASSES

__all__ = ["PASSES", "BuildError", "build_executable", "emit_ir"]
__version__ = "0.1.0"
