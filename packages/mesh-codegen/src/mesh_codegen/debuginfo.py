"""DWARF line tables: DICompileUnit, one DIFile per Mesh source, DISubprogram per function,
a DILocation on every instruction -- enough for gdb to show and break on Mesh lines.

Variables and types are not described yet (``emissionKind: LineTablesOnly``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from llvmlite import ir

from . import mir
from .layout import I32

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

PRODUCER = "meshc (mesh-codegen)"


class NoDebugInfo:
    """Used when ``debug=False``: every hook does nothing."""

    def enter_function(self, fe: FunctionEmitter) -> None:
        pass

    def set_location(self, fe: FunctionEmitter) -> None:
        pass

    def finish(self) -> None:
        pass


class DebugInfo(NoDebugInfo):
    def __init__(self, module: ir.Module, program: mir.Program) -> None:
        self.module = module
        self.directory = os.getcwd()
        self.files: dict[str, ir.DIValue] = {}
        entry_file = next((f.file for f in program.functions if f.name == program.entry), "main.mpl")
        self.unit = module.add_debug_info("DICompileUnit", {
            "language": ir.DIToken("DW_LANG_C"),
            "file": self.file(entry_file),
            "producer": PRODUCER,
            "runtimeVersion": 0,
            "isOptimized": False,
            "emissionKind": ir.DIToken("LineTablesOnly"),
        }, is_distinct=True)
        self.no_types = module.add_debug_info("DISubroutineType", {"types": module.add_metadata([])})
        self.scopes: dict[str, ir.DIValue] = {}

    def file(self, path: str) -> ir.DIValue:
        found = self.files.get(path)
        if found is None:
            directory, name = os.path.split(path) if os.path.isabs(path) else (self.directory, path)
            found = self.files[path] = self.module.add_debug_info(
                "DIFile", {"filename": name, "directory": directory})
        return found

    def enter_function(self, fe: FunctionEmitter) -> None:
        mfn = fe.mfn
        line = mfn.loc.line if mfn.loc else 0
        file = self.file(mfn.file)
        scope = self.module.add_debug_info("DISubprogram", {
            "name": mfn.symbol,
            "linkageName": mfn.name,
            "scope": file,
            "file": file,
            "line": line,
            "type": self.no_types,
            "scopeLine": line,
            "spFlags": ir.DIToken("DISPFlagLocalToUnit | DISPFlagDefinition"),
            "unit": self.unit,
        }, is_distinct=True)
        fe.llfn.set_metadata("dbg", scope)
        self.scopes[mfn.name] = scope
        self.set_location(fe)

    def set_location(self, fe: FunctionEmitter) -> None:
        loc = fe.loc or fe.mfn.loc or mir.Loc(0, 0)
        fe.builder.debug_metadata = self.module.add_debug_info("DILocation", {
            "line": loc.line, "column": loc.col, "scope": self.scopes[fe.mfn.name]})

    def finish(self) -> None:
        self.module.add_named_metadata("llvm.dbg.cu", self.unit)
        flags = self.module.add_named_metadata("llvm.module.flags")
        for behaviour, name, value in ((7, "Dwarf Version", 4), (2, "Debug Info Version", 3)):
            flags.add(self.module.add_metadata([ir.Constant(I32, behaviour), name, ir.Constant(I32, value)]))
