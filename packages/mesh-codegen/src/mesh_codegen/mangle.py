"""Stable, readable symbol names for monomorphic instances.

``mesh.<symbol>`` for a non-generic function, ``mesh.<symbol><T1,T2>`` for an
instance (types printed as in source, spaces removed).  The ``mesh.`` prefix
and the dots mean no generated name can clash with a C symbol.
"""

from __future__ import annotations

from mesh_types.types import Type

PREFIX = "mesh."
ENTRY_WRAPPER = "mesh_main_entry"


def type_name(t: Type) -> str:
    return repr(t).replace(" ", "")


def function_name(symbol: str, type_args: tuple[Type, ...]) -> str:
    if not type_args:
        return PREFIX + symbol
    return f"{PREFIX}{symbol}<{','.join(map(type_name, type_args))}>"
