"""MIR program -> ``llvmlite.ir.Module``: declarations, function bodies, the C ``main``.

The generated ``main`` is ``mesh_rt_init(argc, argv)`` then
``return mesh_rt_start(mesh_main_entry)``; ``mesh_main_entry`` initialises
the module constants in order (each a global set by its initializer
function; pointer-valued ones are registered as GC roots first), then
calls the Mesh entry function on the main process's stack
and drops its result.
"""

from __future__ import annotations

import re

from llvmlite import ir

from . import mir
from .allocation import allocator
from .closures import Closures
from .constants import Constants
from .debuginfo import DebugInfo, NoDebugInfo
from .descriptors import Descriptors
from .emit_function import FunctionEmitter, function_type
from .impls import Impls
from .layout import I32, PTR, UNIT, VOID, dereferenceable_bytes, llvm_type
from .mangle import ENTRY_WRAPPER
from .preemption import Preemption
from .runtime_abi import RuntimeDecls, declared
from .target import host_machine, host_triple
from .type_defs import TypeDefs
from .value_ops import ValueOps


def _section(name: str) -> str:
    """Our equivalent of -ffunction-sections: one ELF section per function, so
    ``--gc-sections`` can drop what is unused."""
    return ".text." + re.sub(r"[^A-Za-z0-9_.]", "_", name)


class ModuleEmitter:
    def __init__(self, program: mir.Program, *, debug: bool, opt_level: int = 0, module_name: str = "mesh") -> None:
        self.program = program
        self.module = ir.Module(name=module_name)
        self.module.triple = host_triple()
        self.module.data_layout = str(host_machine(0).target_data)
        self.runtime = RuntimeDecls(self.module)
        self.constants = Constants(self.module, self.runtime)
        self.debug = DebugInfo(self.module, program, optimised=opt_level > 0) if debug else NoDebugInfo()
        self.functions: dict[str, ir.Function] = {}
        self.types: TypeDefs = program.types
        self.impls: Impls = program.impls
        self.closures = Closures(self)
        self.descs = Descriptors(self)
        self.ops = ValueOps(self)
        self.preemption = Preemption(self.module)
        self.globals: dict[str, ir.GlobalVariable] = {}
        self._alloc: ir.Function | None = None

    @property
    def alloc(self) -> ir.Function:
        """``mesh.alloc(desc, size)``: the inlined allocation fast path (``allocation``)."""
        if self._alloc is None:
            self._alloc = allocator(self.module, self.runtime)
        return self._alloc

    def run(self) -> ir.Module:
        for mfn in self.program.functions:
            llfn = ir.Function(self.module, function_type(mfn), mfn.name)
            llfn.linkage = "internal"
            llfn.section = _section(mfn.name)
            llfn.attributes.add("nounwind")
            self.describe_pointers(mfn, llfn)
            self.functions[mfn.name] = llfn
        for g in self.program.globals:
            var = ir.GlobalVariable(self.module, llvm_type(g.ty), f"const.{g.symbol}")
            var.linkage = "internal"
            var.initializer = ir.Constant(var.value_type, None)
            self.globals[g.symbol] = var
        for mfn in self.program.functions:
            FunctionEmitter(self, mfn, self.functions[mfn.name]).run()
        self.emit_entry()
        self.debug.finish()
        return self.module

    def describe_pointers(self, mfn: mir.Function, llfn: ir.Function) -> None:
        """``nonnull dereferenceable(n)`` on object parameters and results."""
        for param, arg in zip(mfn.params, llfn.args):
            size = self.known_bytes(param.ty)
            if size:
                arg.add_attribute("nonnull")
                arg.attributes.dereferenceable = size
        size = self.known_bytes(mfn.ret)
        if size:
            llfn.return_value.add_attribute("nonnull")
            llfn.return_value.attributes.dereferenceable = size

    def known_bytes(self, t) -> int:
        if llvm_type(t) != PTR:
            return 0
        return dereferenceable_bytes(t, self.types.definition(t) is not None)

    def emit_entry(self) -> None:
        wrapper = ir.Function(self.module, ir.FunctionType(VOID, []), ENTRY_WRAPPER)
        wrapper.linkage = "internal"
        wrapper.section = _section(ENTRY_WRAPPER)
        b = ir.IRBuilder(wrapper.append_basic_block("entry"))
        self.debug.artificial(wrapper, b)
        for g in self.program.globals:
            if llvm_type(g.ty) == PTR and declared("mesh_rt_gc_register_root"):
                b.call(self.runtime.fn("mesh_rt_gc_register_root"), [self.globals[g.symbol]])
        for g in self.program.globals:
            value = b.call(self.functions[g.init], [])
            if llvm_type(g.ty) != UNIT:
                b.store(value, self.globals[g.symbol])
        b.call(self.functions[self.program.entry], [])
        b.ret_void()

        main = ir.Function(self.module, ir.FunctionType(I32, [I32, PTR]), "main")
        main.section = ".text.main"
        argc, argv = main.args
        argc.name, argv.name = "argc", "argv"
        b = ir.IRBuilder(main.append_basic_block("entry"))
        b.call(self.runtime.fn("mesh_rt_init"), [argc, argv])
        b.ret(b.call(self.runtime.fn("mesh_rt_start"), [wrapper]))


def emit_module(program: mir.Program, *, debug: bool = False, opt_level: int = 0) -> ir.Module:
    return ModuleEmitter(program, debug=debug, opt_level=opt_level).run()
