"""Find every function instance reachable from ``main``.

An instance is a generic ``FnDef`` paired with concrete type arguments; each
``FnRef`` inside an instance's body names another instance once the
instance's own substitution is applied to its ``type_args``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesh_types import hir
from mesh_types.types import (
    UNIT,
    TCon,
    TFun,
    TParam,
    TTuple,
    TVar,
    Type,
    prune,
    substitute,
)

from .errors import build_error
from .hir_walk import walk
from .mangle import function_name


@dataclass(frozen=True, slots=True)
class Instance:
    fn: hir.FnDef
    type_args: tuple[Type, ...]

    @property
    def name(self) -> str:
        return function_name(self.fn.symbol, self.type_args)

    def mapping(self) -> dict[int, Type]:
        return {p.id: a for p, a in zip(self.fn.type_params, self.type_args)}


def concrete(t: Type, mapping: dict[int, Type]) -> Type:
    """Substitute, then make any variable left over unit (see ``layout``)."""
    return _ground(substitute(t, mapping))


def _ground(t: Type) -> Type:
    t = prune(t)
    if isinstance(t, (TParam, TVar)):
        return UNIT
    if isinstance(t, TCon) and t.args:
        return TCon(t.name, tuple(map(_ground, t.args)))
    if isinstance(t, TFun):
        return TFun(tuple(map(_ground, t.params)), _ground(t.ret))
    if isinstance(t, TTuple):
        return TTuple(tuple(map(_ground, t.elems)))
    return t


def instance_of(ref: hir.FnRef, fns: dict[str, hir.FnDef], mapping: dict[int, Type],
                file: str | None = None) -> Instance:
    fn = fns.get(ref.symbol)
    if fn is None:
        raise build_error(f"call of unknown function `{ref.symbol}`", file=file, span=ref.span)
    if len(ref.type_args) != len(fn.type_params):
        raise build_error(
            f"`{ref.symbol}` is instantiated with {len(ref.type_args)} type arguments "
            f"but has {len(fn.type_params)} type parameters", file=file, span=ref.span)
    return Instance(fn, tuple(concrete(t, mapping) for t in ref.type_args))


def reachable_instances(program: hir.Program) -> list[Instance]:
    """The entry first, then instances in discovery order (deterministic)."""
    fns = program.functions()
    entry = fns.get(program.entry)
    if entry is None:
        raise build_error(f"the entry function `{program.entry}` is missing")
    if entry.params:
        raise build_error(f"the entry function `{program.entry}` must take no parameters",
                          file=entry.file, span=entry.span)
    # `main` whose result type stayed generic (e.g. it ends with `panic(...)`): nothing of
    # that type is ever produced, so unit stands in for it
    order = [Instance(entry, tuple(UNIT for _ in entry.type_params))]
    seen = {order[0].name}
    i = 0
    while i < len(order):
        inst = order[i]
        i += 1
        mapping = inst.mapping()
        for node in walk(inst.fn.body):
            if isinstance(node, hir.FnRef):
                callee = instance_of(node, fns, mapping, inst.fn.file)
                if callee.name not in seen:
                    seen.add(callee.name)
                    order.append(callee)
    return order
