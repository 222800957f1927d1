"""The C ABI of ``libmeshrt`` that generated code calls (mirrors ``mesh_rt.h``).

Declarations are added to a module on first use, so a program that never
prints does not reference the printing functions.
"""

from __future__ import annotations

from llvmlite import ir

from .layout import F64, I8, I32, I64, PTR, VOID

# name -> (return type, parameter types, never returns)
SIGNATURES: dict[str, tuple[ir.Type, tuple[ir.Type, ...], bool]] = {
    "mesh_rt_init": (VOID, (I32, PTR), False),
    "mesh_rt_start": (I32, (PTR,), False),
    "mesh_rt_alloc": (PTR, (PTR, I64), False),
    "mesh_rt_string_new": (PTR, (PTR, I64), False),
    "mesh_rt_string_concat": (PTR, (PTR, PTR), False),
    "mesh_rt_string_eq": (I8, (PTR, PTR), False),
    "mesh_rt_string_cmp": (I64, (PTR, PTR), False),
    "mesh_rt_string_length": (I64, (PTR,), False),
    "mesh_rt_int_to_string": (PTR, (I64,), False),
    "mesh_rt_float_to_string": (PTR, (F64,), False),
    "mesh_rt_bool_to_string": (PTR, (I8,), False),
    "mesh_rt_print": (VOID, (PTR,), False),
    "mesh_rt_println": (VOID, (PTR,), False),
    "mesh_rt_eprint": (VOID, (PTR,), False),
    "mesh_rt_eprintln": (VOID, (PTR,), False),
    "mesh_rt_panic": (VOID, (PTR, PTR, I64), True),
    "mesh_rt_panic_cstr": (VOID, (PTR, PTR, I64), True),
}

# LLVM intrinsics used by the emitter, declared the same way.
INTRINSICS: dict[str, tuple[ir.Type, tuple[ir.Type, ...], bool]] = {
    "llvm.fptosi.sat.i64.f64": (I64, (F64,), False),
}

# Data symbols the runtime exports (type descriptors), all opaque here.
STRING_DESC = "mesh_rt_string_desc"


class RuntimeDecls:
    def __init__(self, module: ir.Module) -> None:
        self.module = module
        self._fns: dict[str, ir.Function] = {}

    def fn(self, name: str) -> ir.Function:
        found = self._fns.get(name)
        if found is not None:
            return found
        ret, params, noreturn = SIGNATURES.get(name) or INTRINSICS[name]
        func = ir.Function(self.module, ir.FunctionType(ret, params), name)
        if noreturn:
            func.attributes.add("noreturn")
            func.attributes.add("cold")
        func.attributes.add("nounwind")
        self._fns[name] = func
        return func

    def data(self, name: str) -> ir.GlobalVariable:
        existing = self.module.globals.get(name)
        if existing is not None:
            return existing
        # Only its address is used; the byte type is a placeholder for an opaque struct.
        var = ir.GlobalVariable(self.module, I8, name)
        var.global_constant = True
        return var
