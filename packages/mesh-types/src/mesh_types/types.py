"""The representation of Mesh types.

Two layers share these classes:

* during inference, :class:`TVar` is a mutable unification variable whose
  ``link`` is set when it is bound;
* in the typed tree handed to other packages (:mod:`mesh_types.hir`) every
  type is *resolved*: no bound ``TVar`` remains (links are followed and
  removed), and the only variables left are the :class:`TParam` quantified
  parameters of generic functions.  Code generation substitutes concrete
  types for them when it monomorphises.

Built-in type constructors are ``TCon`` values named as in source: ``Int``,
``Float``, ``Bool``, ``String``, ``Atom``, ``List`` (one argument), ``Map``
(two), ``Option``, ``Result``, ...  The unit type is ``TCon("()")`` and the
never type ``TCon("Never")``.  User structs and sum types are ``TCon`` with
their qualified name (``Geometry.Point``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


class Type:
    __slots__ = ()


@dataclass(frozen=True, slots=True)
class TCon(Type):
    name: str
    args: tuple[Type, ...] = ()

    def __repr__(self) -> str:
        if not self.args:
            return self.name
        return f"{self.name}<{', '.join(map(repr, self.args))}>"


@dataclass(frozen=True, slots=True)
class TFun(Type):
    params: tuple[Type, ...]
    ret: Type

    def __repr__(self) -> str:
        return f"Fun({', '.join(map(repr, self.params))}) -> {self.ret!r}"


@dataclass(frozen=True, slots=True)
class TTuple(Type):
    elems: tuple[Type, ...]

    def __repr__(self) -> str:
        return f"({', '.join(map(repr, self.elems))})"


@dataclass(frozen=True, slots=True)
class TParam(Type):
    """A quantified type parameter of a generic function (rigid)."""

    id: int
    name: str

    def __repr__(self) -> str:
        return self.name


@dataclass(eq=False, slots=True)
class TVar(Type):
    """A unification variable.  Identity equality; ``link`` when bound."""

    id: int
    level: int = 0
    link: Type | None = None
    # interface names required of whatever this variable becomes
    constraints: set[str] = field(default_factory=set)

    def __repr__(self) -> str:
        return f"?{self.id}" if self.link is None else repr(self.link)


INT = TCon("Int")
FLOAT = TCon("Float")
BOOL = TCon("Bool")
STRING = TCon("String")
ATOM = TCon("Atom")
UNIT = TCon("()")
NEVER = TCon("Never")


def prune(t: Type) -> Type:
    """Follow the links of bound variables (with path compression)."""
    if isinstance(t, TVar) and t.link is not None:
        t.link = prune(t.link)
        return t.link
    return t


def resolve(t: Type) -> Type:
    """Deeply follow links, giving a type with no bound variables."""
    t = prune(t)
    if isinstance(t, TCon):
        return TCon(t.name, tuple(resolve(a) for a in t.args)) if t.args else t
    if isinstance(t, TFun):
        return TFun(tuple(resolve(p) for p in t.params), resolve(t.ret))
    if isinstance(t, TTuple):
        return TTuple(tuple(resolve(e) for e in t.elems))
    return t


def substitute(t: Type, mapping: dict[int, Type]) -> Type:
    """Replace TParams (by id) with the types in ``mapping``."""
    if isinstance(t, TParam):
        return mapping.get(t.id, t)
    if isinstance(t, TCon):
        return TCon(t.name, tuple(substitute(a, mapping) for a in t.args)) if t.args else t
    if isinstance(t, TFun):
        return TFun(tuple(substitute(p, mapping) for p in t.params), substitute(t.ret, mapping))
    if isinstance(t, TTuple):
        return TTuple(tuple(substitute(e, mapping) for e in t.elems))
    if isinstance(t, TVar) and t.link is not None:
        return substitute(t.link, mapping)
    return t


# ---------------------------------------------------------------- additions (mesh-types)

# The type of an expression whose checking already failed.  It unifies
# silently with everything, so one root cause yields one diagnostic.  It never
# reaches the HIR: a program with errors has no HIR.
ERROR = TCon("{error}")


def is_error(t: Type) -> bool:
    return prune(t) is ERROR or prune(t) == ERROR
