"""Function values: constant closure objects for top-level functions.

A function used as a value is a pointer to ``{ header, code }`` whose code
takes the closure first (``layout.CLOSURE0``).  For a top-level function the
object is a STATIC constant and the code is a small adapter that drops the
closure argument and tail-calls the function, so direct calls keep the plain
signature.  Capturing closures will add fields after ``code``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir

from .layout import (CLOSURE0, FLAG_STATIC, HEADER, I64, KIND_RECORD, OBJECT_ALIGN, PTR,
                     TYPE_DESC)

if TYPE_CHECKING:
    from .emit_module import ModuleEmitter


class Closures:
    def __init__(self, me: ModuleEmitter) -> None:
        self.me = me
        self.module = me.module
        self._objects: dict[str, ir.GlobalVariable] = {}
        self._desc: ir.GlobalVariable | None = None

    def constant_closure(self, fn_name: str) -> ir.GlobalVariable:
        found = self._objects.get(fn_name)
        if found is not None:
            return found
        adapter = self._adapter(self.me.functions[fn_name])
        header = ir.Constant(HEADER, [self._descriptor(), ir.Constant(I64, FLAG_STATIC)])
        var = ir.GlobalVariable(self.module, CLOSURE0, f"closure.{fn_name}")
        var.initializer = ir.Constant(CLOSURE0, [header, adapter])
        var.global_constant = True
        var.linkage = "private"
        var.align = OBJECT_ALIGN
        self._objects[fn_name] = var
        return var

    def _adapter(self, target: ir.Function) -> ir.Function:
        ftype = target.function_type
        adapter = ir.Function(self.module, ir.FunctionType(ftype.return_type, [PTR, *ftype.args]),
                              f"{target.name}.code")
        adapter.linkage = "internal"
        adapter.section = f"{target.section}.code"
        adapter.attributes.add("nounwind")
        builder = ir.IRBuilder(adapter.append_basic_block("entry"))
        builder.ret(builder.call(target, adapter.args[1:], tail=True))
        return adapter

    def _descriptor(self) -> ir.GlobalVariable:
        """One RECORD descriptor for capture-free closures: 24 bytes, no heap pointers."""
        if self._desc is None:
            name = self.me.constants.cstring("Fun")
            null = ir.Constant(PTR, None)
            value = ir.Constant(TYPE_DESC, [ir.Constant(I64, KIND_RECORD), ir.Constant(I64, 0),
                                            ir.Constant(I64, 24), ir.Constant(I64, 0), ir.Constant(I64, 0),
                                            null, name, ir.Constant(I64, 0), null])
            desc = ir.GlobalVariable(self.module, TYPE_DESC, "desc.closure0")
            desc.initializer = value
            desc.global_constant = True
            desc.linkage = "private"
            desc.align = 8
            self._desc = desc
        return self._desc


