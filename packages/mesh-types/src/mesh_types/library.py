"""Signatures of the prelude and of the standard-library functions the checker
knows so far, and how each surface form maps to a ``hir.BuiltinRef`` name.

The HIR names are a contract with code generation (``Module.function``, or a
bare name for prelude functions); every entry here must be implemented there.
Signatures are written with :class:`TParam` placeholders from
:data:`GENERIC`, instantiated afresh at each use.
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import BOOL, FLOAT, INT, STRING, UNIT, TFun, TParam, Type

A = TParam(-1, "a")  # the one generic placeholder library signatures need so far


@dataclass(frozen=True, slots=True)
class LibFn:
    hir_name: str          # canonical name in hir.BuiltinRef
    ty: TFun               # may mention A
    type_params: tuple[TParam, ...] = ()


def _fn(name: str, params: tuple[Type, ...], ret: Type) -> LibFn:
    ty = TFun(params, ret)
    generic = (A,) if A in params or ret == A else ()
    return LibFn(name, ty, generic)


PRELUDE: dict[str, LibFn] = {
    "println": _fn("println", (STRING,), UNIT),
    "print": _fn("print", (STRING,), UNIT),
    "eprintln": _fn("eprintln", (STRING,), UNIT),
    # Never-returning; typed `Fun(String) -> a` so a call fits any context
    "panic": _fn("panic", (STRING,), A),
}

# Qualified library functions, by module then member.
MODULES: dict[str, dict[str, LibFn]] = {
    "IO": {
        "puts": _fn("println", (STRING,), UNIT),
        "println": _fn("println", (STRING,), UNIT),
        "print": _fn("print", (STRING,), UNIT),
        "eprintln": _fn("eprintln", (STRING,), UNIT),
        "eprint": _fn("eprint", (STRING,), UNIT),
    },
    "String": {
        "length": _fn("String.length", (STRING,), INT),
    },
    "Int": {
        "to_string": _fn("Int.to_string", (INT,), STRING),
        "to_float": _fn("Int.to_float", (INT,), FLOAT),
    },
    "Float": {
        "to_string": _fn("Float.to_string", (FLOAT,), STRING),
        "to_int": _fn("Float.to_int", (FLOAT,), INT),
        # From<Int> for Float is the only `Float.from` (spec 03 §9.6)
        "from": _fn("Int.to_float", (INT,), FLOAT),
    },
    "Bool": {
        "to_string": _fn("Bool.to_string", (BOOL,), STRING),
    },
}

# `String.from(x)` is Display, exactly as `x.to_string()`: the implementation
# depends on the argument's type, so it is resolved like a method call.
DISPLAY_CONVERSIONS = {("String", "from")}

# `x.to_string()` per receiver type (Display, spec 03 §9.2); for String the
# value itself is the result.
TO_STRING: dict[str, str | None] = {
    "Int": "Int.to_string",
    "Float": "Float.to_string",
    "Bool": "Bool.to_string",
    "String": None,
}

# Modules that exist in the standard library (chapter 11), even where the
# checker does not know their members yet: `List.map` is then reported as a
# missing member rather than a missing module.
STDLIB_MODULES = {
    "IO", "String", "Int", "Float", "Bool", "List", "Map", "Set", "Queue", "Range",
    "Tuple", "Iter", "Option", "Result", "Math", "File", "Env", "Json", "Crypto",
    "Time", "Process", "Http", "Ws", "Pg", "Sqlite", "Node", "Test",
}


def method_module(type_name: str) -> str | None:
    """The library module owning a type's methods (spec 03 §8.4 step 5)."""
    return type_name if type_name in MODULES else None
