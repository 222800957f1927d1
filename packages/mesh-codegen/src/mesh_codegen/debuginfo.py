"""DWARF debug info: DICompileUnit, one DIFile per Mesh source, DISubprogram per function,
a DILocation on every instruction -- enough for gdb to show and break on Mesh lines.

Named variables (parameters and ``let`` bindings) are described with their stack slots:
Int, Float and Bool as DWARF base types, other values as pointers named by their Mesh
type.  Compiler-made functions (the entry wrapper) are artificial subprograms, so Mesh code
inlined into them keeps its lines.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from llvmlite import ir

from . import mir
from .layout import I32
from .mangle import PREFIX

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

PRODUCER = "meshc (mesh-codegen)"
# Mesh scalar -> (bits, DWARF encoding); Bool is stored as one byte
BASE_TYPES = {"Int": (64, "DW_ATE_signed"), "Float": (64, "DW_ATE_float"), "Bool": (8, "DW_ATE_boolean")}


class NoDebugInfo:
    """Used when ``debug=False``: every hook does nothing."""

    def enter_function(self, fe: FunctionEmitter) -> None:
        pass

    def set_location(self, fe: FunctionEmitter) -> None:
        pass

    def artificial(self, llfn: ir.Function, builder: ir.IRBuilder) -> None:
        pass

    def declare(self, fe: FunctionEmitter, local: mir.Local, slot: ir.Value, arg: int | None) -> None:
        pass

    def finish(self) -> None:
        pass


class DebugInfo(NoDebugInfo):
    def __init__(self, module: ir.Module, program: mir.Program, optimised: bool = False) -> None:
        self.module = module
        self.directory = os.getcwd()
        self.files: dict[str, ir.DIValue] = {}
        entry = next((f for f in program.functions if f.name == program.entry), None)
        entry_file = self.entry_file = entry.file if entry is not None else "main.mpl"
        self.entry_line = entry.loc.line if entry is not None and entry.loc else 0
        self.unit = module.add_debug_info("DICompileUnit", {
            "language": ir.DIToken("DW_LANG_C"),
            "file": self.file(entry_file),
            "producer": PRODUCER,
            "runtimeVersion": 0,
            "isOptimized": optimised,
            "emissionKind": ir.DIToken("FullDebug"),
        }, is_distinct=True)
        self.no_types = module.add_debug_info("DISubroutineType", {"types": module.add_metadata([])})
        self.scopes: dict[str, ir.DIValue] = {}
        self.types: dict[str, ir.DIValue] = {}
        self._declare: ir.Function | None = None

    def file(self, path: str) -> ir.DIValue:
        found = self.files.get(path)
        if found is None:
            directory, name = os.path.split(path) if os.path.isabs(path) else (self.directory, path)
            found = self.files[path] = self.module.add_debug_info(
                "DIFile", {"filename": name, "directory": directory})
        return found

    def subprogram(self, name: str, path: str, line: int, artificial: bool = False) -> ir.DIValue:
        file = self.file(path)
        fields = {
            "name": name,
            "scope": file,
            "file": file,
            "line": line,
            "type": self.no_types,
            "scopeLine": line,
            "spFlags": ir.DIToken("DISPFlagLocalToUnit | DISPFlagDefinition"),
            "unit": self.unit,
        }
        if artificial:
            fields["flags"] = ir.DIToken("DIFlagArtificial")
        return self.module.add_debug_info("DISubprogram", fields, is_distinct=True)

    def enter_function(self, fe: FunctionEmitter) -> None:
        mfn = fe.mfn
        # the Mesh name (``helper``, ``identity<Int>``, ``main$fn1``): what gdb shows and what
        # ``break helper`` finds; the dotted symbol stays the ELF name
        scope = self.subprogram(mfn.name.removeprefix(PREFIX), mfn.file, mfn.loc.line if mfn.loc else 0)
        fe.llfn.set_metadata("dbg", scope)
        self.scopes[mfn.name] = scope
        self.set_location(fe)

    def artificial(self, llfn: ir.Function, builder: ir.IRBuilder) -> None:
        """A subprogram for a compiler-made function (the entry wrapper), so Mesh code the
        optimiser inlines into it keeps its lines."""
        scope = self.subprogram(llfn.name, self.entry_file, self.entry_line, artificial=True)
        llfn.set_metadata("dbg", scope)
        builder.debug_metadata = self.module.add_debug_info("DILocation", {
            "line": self.entry_line, "column": 1, "scope": scope})

    def set_location(self, fe: FunctionEmitter) -> None:
        loc = fe.loc or fe.mfn.loc or mir.Loc(0, 0)
        fe.builder.debug_metadata = self.module.add_debug_info("DILocation", {
            "line": loc.line, "column": loc.col, "scope": self.scopes[fe.mfn.name]})

    # ------------------------------------------------------------ variables
    def declare(self, fe: FunctionEmitter, local: mir.Local, slot: ir.Value, arg: int | None) -> None:
        """Describe a named variable's stack slot (``info locals``, ``print x`` in gdb).  Slots
        are promoted to registers when optimising, so this serves -O0 builds."""
        fields = {"name": local.name, "scope": self.scopes[fe.mfn.name], "file": self.file(fe.mfn.file),
                  "line": fe.mfn.loc.line if fe.mfn.loc else 0, "type": self.type_of(local.ty)}
        if arg is not None:
            fields["arg"] = arg
        variable = self.module.add_debug_info("DILocalVariable", fields)
        if self._declare is None:
            self._declare = ir.Function(self.module, ir.FunctionType(ir.VoidType(), [ir.MetaDataType()] * 3),
                                        "llvm.dbg.declare")
        fe.builder.call(self._declare, [slot, variable, self.module.add_debug_info("DIExpression", {})])

    def type_of(self, t) -> ir.DIValue:
        """Int, Float and Bool as base types; any other value is a pointer named by its Mesh
        type (``String``, ``List<Int>``) -- gdb shows the address."""
        name = repr(t)
        found = self.types.get(name)
        if found is not None:
            return found
        base = BASE_TYPES.get(name)
        if base is not None:
            size, encoding = base
            found = self.module.add_debug_info("DIBasicType", {
                "name": name, "size": size, "encoding": ir.DIToken(encoding)})
        else:
            found = self.module.add_debug_info("DIDerivedType", {
                "tag": ir.DIToken("DW_TAG_pointer_type"), "name": name, "baseType": None, "size": 64})
        self.types[name] = found
        return found

    def finish(self) -> None:
        self.module.add_named_metadata("llvm.dbg.cu", self.unit)
        flags = self.module.add_named_metadata("llvm.module.flags")
        for behaviour, name, value in ((7, "Dwarf Version", 4), (2, "Debug Info Version", 3)):
            flags.add(self.module.add_metadata([ir.Constant(I32, behaviour), name, ir.Constant(I32, value)]))
