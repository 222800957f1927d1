"""Standard-library functions that codegen implements directly (``hir.BuiltinRef`` names).

Each entry turns already-evaluated arguments into an LLVM value, usually by
calling the runtime.  Names follow the shared table (``Module.function``);
a few surface aliases are accepted so the type checker may pass either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from llvmlite import ir

from .layout import F64, I8, unit_value

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

BuiltinEmitter = Callable[["FunctionEmitter", list[ir.Value]], ir.Value]


def _runtime_call(rt_name: str, returns_unit: bool = False) -> BuiltinEmitter:
    def emit(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
        result = fe.builder.call(fe.runtime.fn(rt_name), args)
        return unit_value() if returns_unit else result
    return emit


def _panic(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
    file, line = fe.location_args()
    fe.builder.call(fe.runtime.fn("mesh_rt_panic"), [args[0], file, line])
    return unit_value()


def _bool_to_string(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
    byte = fe.builder.zext(args[0], I8)
    return fe.builder.call(fe.runtime.fn("mesh_rt_bool_to_string"), [byte])


def _int_to_float(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
    return fe.builder.sitofp(args[0], F64)


def _float_to_int(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
    # truncates toward zero, NaN -> 0, out of range saturates (spec 11)
    return fe.builder.call(fe.runtime.fn("llvm.fptosi.sat.i64.f64"), args)


def _string_from(fe: FunctionEmitter, args: list[ir.Value]) -> ir.Value:
    """``String.from(x)`` for the scalar types, picked by the LLVM type of ``x``."""
    ty = args[0].type
    if ty == F64:
        return _runtime_call("mesh_rt_float_to_string")(fe, args)
    if isinstance(ty, ir.IntType) and ty.width == 1:
        return _bool_to_string(fe, args)
    if isinstance(ty, ir.IntType):
        return _runtime_call("mesh_rt_int_to_string")(fe, args)
    return args[0]


BUILTINS: dict[str, BuiltinEmitter] = {
    "println": _runtime_call("mesh_rt_println", returns_unit=True),
    "print": _runtime_call("mesh_rt_print", returns_unit=True),
    "eprintln": _runtime_call("mesh_rt_eprintln", returns_unit=True),
    "eprint": _runtime_call("mesh_rt_eprint", returns_unit=True),
    "panic": _panic,
    "String.length": _runtime_call("mesh_rt_string_length"),
    "Int.to_string": _runtime_call("mesh_rt_int_to_string"),
    "Float.to_string": _runtime_call("mesh_rt_float_to_string"),
    "Bool.to_string": _bool_to_string,
    "Int.to_float": _int_to_float,
    "Float.to_int": _float_to_int,
}

# Surface spellings that mean the same function.
ALIASES = {
    "IO.puts": "println",
    "IO.println": "println",
    "IO.print": "print",
    "IO.eprintln": "eprintln",
    "IO.eprint": "eprint",
    "Float.from": "Int.to_float",
}
BUILTINS.update({alias: BUILTINS[target] for alias, target in ALIASES.items()})
BUILTINS["String.from"] = _string_from

# Builtins that never return: the lowering ends the block after the call.
NORETURN = frozenset({"panic"})


def is_builtin(name: str) -> bool:
    return name in BUILTINS
