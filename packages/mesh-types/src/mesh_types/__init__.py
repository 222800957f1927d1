"""Mesh type checker: name resolution, Hindley-Milner inference with
interface constraints, exhaustiveness, diagnostics -> typed tree (HIR).

    from mesh_types import check, SourceFile
    result = check([SourceFile("main.mpl", text, "Main")])
    result.diagnostics   # sorted, errors and warnings
    result.program       # mesh_types.hir.Program, or None if there were errors
"""

from .api import CheckResult, check
from .cache import CheckCache
from .source import SourceFile

__all__ = ["CheckCache", "CheckResult", "SourceFile", "check"]
