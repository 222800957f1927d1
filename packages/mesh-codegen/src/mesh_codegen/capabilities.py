"""Which value operations (Eq, Ord, Hash, Display, Debug) a monomorphic type has, and
which written impl method provides one.

Shared by lowering (to pick Display or Debug for interpolation, and to
instantiate the impl methods a type's descriptor will call) and by
emission (``value_ops``).
"""

from __future__ import annotations

from mesh_types.types import (
    BOOL,
    INT,
    STRING,
    TCon,
    TFun,
    TParam,
    TTuple,
    TVar,
    Type,
    prune,
)

from .impls import Impls
from .monomorphise import Instance
from .type_defs import TypeDefs

OPS = ("eq", "cmp", "hash", "display", "debug")
INTERFACE = {"eq": "Eq", "cmp": "Ord", "hash": "Hash", "display": "Display", "debug": "Debug"}
USER_METHOD = {"eq": "eq", "cmp": "compare", "hash": "hash", "display": "to_string", "debug": "inspect"}
SCALARS = ("Int", "Float", "Bool", "String", "Atom", "()")
# which operations the runtime implements for its own types
RUNTIME_OPS = {"List": set(OPS), "Map": {"eq", "hash", "display", "debug"},
               "Set": {"eq", "hash", "display", "debug"}, "Range": set(OPS), "Queue": set()}


def ground(t: Type) -> Type:
    t = prune(t)
    if isinstance(t, (TParam, TVar)) or t == TCon("Never"):
        return TCon("()")
    return t


def method_type(op: str, t: Type) -> TFun:
    return {"eq": TFun((t, t), BOOL), "cmp": TFun((t, t), TCon("Ordering")), "hash": TFun((t,), INT),
            "display": TFun((t,), STRING), "debug": TFun((t,), STRING)}[op]


class Capabilities:
    def __init__(self, types: TypeDefs, impls: Impls) -> None:
        self.types = types
        self.impls = impls
        self._has: dict[tuple[str, str], bool] = {}

    def user_method(self, op: str, t: Type) -> Instance | None:
        if self.types.definition(t) is None:
            return None
        return self.impls.find_method(INTERFACE[op], USER_METHOD[op], t, (), method_type(op, t))

    def has(self, op: str, t: Type) -> bool:
        t = ground(t)
        key = (op, repr(t))
        if key not in self._has:
            self._has[key] = True          # assumed while a recursive type is examined
            self._has[key] = self._compute(op, t)
        return self._has[key]

    def _compute(self, op: str, t: Type) -> bool:
        if isinstance(t, TCon) and t.name in SCALARS and not t.args:
            return True
        if isinstance(t, TFun):
            return False
        if isinstance(t, TTuple):
            return all(self.part_has(op, e) for e in t.elems)
        if self.types.definition(t) is not None:
            if self.user_method(op, t) is not None:
                return True
            if INTERFACE[op] not in self.types.derives(t):
                return False
            return all(self.part_has(op, f) for f in self.field_types(t))
        if isinstance(t, TCon) and t.name in RUNTIME_OPS:
            return op in RUNTIME_OPS[t.name] and all(self.part_has(op, a) for a in t.args)
        return False

    def part_has(self, op: str, t: Type) -> bool:
        """A component needs ``op``; for text, Debug stands in for a missing Display."""
        if op == "display":
            return self.has("display", t) or self.has("debug", t)
        return self.has(op, t)

    def text_op(self, t: Type) -> str:
        """Display, or Debug when the type has no Display (spec 03 s9.2)."""
        return "display" if self.has("display", t) else "debug"

    def field_types(self, t: TCon) -> list[Type]:
        if self.types.is_struct(t):
            return [ft for _, ft in self.types.struct_fields(t)]
        return [f for v in self.types.variants(t) for f in v.fields]
