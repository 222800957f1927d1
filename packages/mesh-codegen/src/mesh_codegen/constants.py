"""Constant data in the emitted module: string literal objects and C strings.

Each distinct literal becomes one private constant global; equal literals
share it.  String literals have the runtime's heap layout with the STATIC
flag, so using one costs no allocation.
"""

from __future__ import annotations

from llvmlite import ir

from .layout import FLAG_STATIC, HEADER, I8, I64, OBJECT_ALIGN, string_object_type
from .runtime_abi import STRING_DESC, RuntimeDecls


def _bytes_constant(data: bytes) -> ir.Constant:
    return ir.Constant(ir.ArrayType(I8, len(data)), bytearray(data))


class Constants:
    def __init__(self, module: ir.Module, runtime: RuntimeDecls) -> None:
        self.module = module
        self.runtime = runtime
        self._strings: dict[str, ir.GlobalVariable] = {}
        self._cstrings: dict[str, ir.GlobalVariable] = {}
        self._atoms: dict[str, ir.GlobalVariable] = {}

    def string(self, text: str) -> ir.GlobalVariable:
        """A ``mesh_string`` constant object for ``text``."""
        found = self._strings.get(text)
        if found is not None:
            return found
        data = text.encode("utf-8")
        ty = string_object_type(len(data))
        header = ir.Constant(HEADER, [self.runtime.data(STRING_DESC), ir.Constant(I64, FLAG_STATIC)])
        value = ir.Constant(ty, [header, ir.Constant(I64, len(data)), _bytes_constant(data + b"\0")])
        var = self._private(f"str.{len(self._strings)}", ty, value)
        var.align = OBJECT_ALIGN
        self._strings[text] = var
        return var

    def atom(self, name: str, desc: ir.Value) -> ir.GlobalVariable:
        """The one STATIC object of atom ``:name``: a string-layout object whose
        descriptor is the Atom descriptor.  One per name per program, so atoms
        compare by name and, within a program, by address."""
        found = self._atoms.get(name)
        if found is not None:
            return found
        data = name.encode("utf-8")
        ty = string_object_type(len(data))
        header = ir.Constant(HEADER, [desc, ir.Constant(I64, FLAG_STATIC)])
        value = ir.Constant(ty, [header, ir.Constant(I64, len(data)), _bytes_constant(data + b"\0")])
        var = self._private(f"atom.{name}", ty, value)
        var.unnamed_addr = False
        var.align = OBJECT_ALIGN
        self._atoms[name] = var
        return var

    def cstring(self, text: str) -> ir.GlobalVariable:
        """A NUL-terminated C string (panic reasons, file names)."""
        found = self._cstrings.get(text)
        if found is not None:
            return found
        data = text.encode("utf-8") + b"\0"
        var = self._private(f"cstr.{len(self._cstrings)}", ir.ArrayType(I8, len(data)), _bytes_constant(data))
        self._cstrings[text] = var
        return var

    def _private(self, name: str, ty: ir.Type, value: ir.Constant) -> ir.GlobalVariable:
        var = ir.GlobalVariable(self.module, ty, name)
        var.global_constant = True
        var.linkage = "private"
        var.unnamed_addr = True
        var.initializer = value
        return var
