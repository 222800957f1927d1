"""Which built-in types implement which built-in interfaces (spec 03 §9.8).

``implements`` answers for a concrete type; for a type still being inferred
the unifier records the interface as a constraint on the variable and asks
again once the variable is bound.  "If parts" rows (tuples, lists,
options, ...) push the requirement down onto the component types.

``Number`` (Int or Float, for `Math.abs`...) and ``JsonSource`` (String
or Json, for `Json.get`) are internal too.  ``Concat`` is internal: the operand requirement of ``<>``/``++`` (String or
List), expressed as an interface so it can wait on a type variable like the
operator interfaces do.
"""

from __future__ import annotations

from .types import TCon, TFun, TTuple, Type

ARITHMETIC = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Mod"}
COMPARISON = {"==": "Eq", "!=": "Eq", "<": "Ord", ">": "Ord", "<=": "Ord", ">=": "Ord"}
CONCAT = "Concat"

_ALL_NUMERIC = {"Eq", "Ord", "Display", "Debug", "Hash", "Default",
                "Add", "Sub", "Mul", "Div", "Mod", "Neg", "Number", "ToJson"}
_SCALAR = {"Eq", "Ord", "Display", "Debug", "Hash", "Default"}

# Interfaces a built-in type constructor implements outright.
_DIRECT: dict[str, set[str]] = {
    "Int": _ALL_NUMERIC,
    "Float": _ALL_NUMERIC,
    "Bool": _SCALAR | {"ToJson"},
    "String": _SCALAR | {CONCAT, "ToJson", "JsonSource"},
    "Json": {"Eq", "Display", "Debug", "ToJson", "JsonSource"},
    "Atom": {"Eq", "Ord", "Display", "Debug", "Hash"},
    "()": _SCALAR,
    "Range": {"Eq", "Display", "Debug", "Hash", "Iterable"},
    "Ordering": {"Eq", "Ord", "Display", "Debug", "Hash"},
}

# Interfaces implemented when every type argument implements them.
_IF_PARTS: dict[str, set[str]] = {
    "List": {"Eq", "Ord", "Display", "Debug", "Hash", "ToJson"},
    "Map": {"Eq", "Display", "Debug", "ToJson"},
    "Set": {"Eq", "Display", "Debug"},
    "Option": {"Eq", "Ord", "Display", "Debug", "Hash", "ToJson"},
    "Result": {"Eq", "Ord", "Display", "Debug", "Hash"},
    "Pid": set(),
}
# Interfaces implemented whatever the type arguments are.
_ANY_ARGS: dict[str, set[str]] = {
    "List": {"Default", CONCAT, "Iterable"},
    "Map": {"Default", "Iterable"},
    "Set": {"Iterable"},
    "Option": {"Default"},
    "Iter": {"Iterable", "Iterator"},
    "Pid": {"Eq", "Display", "Debug", "Hash"},
}
_TUPLE = {"Eq", "Ord", "Display", "Debug", "Hash"}


def requirement(t: Type, iface: str) -> tuple[bool, list[Type]]:
    """(holds at this level, component types that must implement ``iface`` too).

    ``t`` must already be pruned and not a variable or parameter.
    """
    if isinstance(t, TTuple):
        return (iface in _TUPLE, list(t.elems))
    if isinstance(t, TFun):
        return (False, [])
    if isinstance(t, TCon):
        if t.name == "Never":
            return (True, [])
        if iface in _DIRECT.get(t.name, ()):
            return (True, [])
        if iface in _ANY_ARGS.get(t.name, ()):
            return (True, [])
        if iface in _IF_PARTS.get(t.name, ()):
            return (True, list(t.args))
        if iface == "Display":
            # Spec 03 §9.2: a type with Debug but no Display renders with Debug.
            return requirement(t, "Debug")
        return (False, [])
    return (False, [])
