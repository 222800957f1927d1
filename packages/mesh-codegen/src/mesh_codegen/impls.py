"""Static dispatch of interface methods after monomorphisation.

``find_method(interface, method, self_type, interface_args, fn_type)`` finds
the written impl whose target (and interface arguments) match the concrete
types, binding the impl's type parameters by one-way matching, and returns
the instance of the FnDef implementing the method.  ``None`` means there is
no written impl: the caller falls back to a derived or built-in operation.
"""

from __future__ import annotations

from mesh_types import hir
from mesh_types.types import TCon, TFun, TParam, TTuple, Type, prune

from .monomorphise import Instance, concrete


def match_type(pattern: Type, actual: Type, mapping: dict[int, Type]) -> bool:
    """Bind the TParams of ``pattern`` so that it equals ``actual``."""
    pattern, actual = prune(pattern), prune(actual)
    if isinstance(pattern, TParam):
        bound = mapping.get(pattern.id)
        if bound is None:
            mapping[pattern.id] = actual
            return True
        return bound == actual
    if isinstance(pattern, TCon):
        return (isinstance(actual, TCon) and actual.name == pattern.name
                and len(actual.args) == len(pattern.args)
                and all(match_type(p, a, mapping) for p, a in zip(pattern.args, actual.args)))
    if isinstance(pattern, TTuple):
        return (isinstance(actual, TTuple) and len(actual.elems) == len(pattern.elems)
                and all(match_type(p, a, mapping) for p, a in zip(pattern.elems, actual.elems)))
    if isinstance(pattern, TFun):
        return (isinstance(actual, TFun) and len(actual.params) == len(pattern.params)
                and all(match_type(p, a, mapping) for p, a in zip(pattern.params, actual.params))
                and match_type(pattern.ret, actual.ret, mapping))
    return pattern == actual


class Impls:
    def __init__(self, program: hir.Program) -> None:
        self.impls: list[hir.ImplDef] = [i for m in program.modules for i in m.impls]
        self.fns = program.functions()

    def find(self, interface: str, self_type: Type,
             interface_args: list[Type] | tuple[Type, ...] = ()) -> tuple[hir.ImplDef, dict[int, Type]] | None:
        for impl in self.impls:
            if impl.interface != interface:
                continue
            mapping: dict[int, Type] = {}
            if not match_type(impl.target, self_type, mapping):
                continue
            if interface_args and impl.interface_args and not all(
                    match_type(p, a, mapping) for p, a in zip(impl.interface_args, interface_args)):
                continue
            return impl, mapping
        return None

    def has(self, interface: str, self_type: Type) -> bool:
        return self.find(interface, self_type) is not None

    def find_method(self, interface: str, method: str, self_type: Type,
                    interface_args: list[Type] | tuple[Type, ...] = (),
                    fn_type: Type | None = None) -> Instance | None:
        found = self.find(interface, self_type, interface_args)
        if found is None:
            return None
        impl, mapping = found
        symbol = impl.methods.get(method)
        fn = self.fns.get(symbol) if symbol is not None else None
        if fn is None:
            return None
        # the FnDef has the impl's type params first; a method's own are found from its type
        if fn_type is not None:
            match_type(TFun(tuple(p.binding.ty for p in fn.params), fn.ret), fn_type, mapping)
        args = tuple(concrete(mapping.get(p.id, p), {}) for p in fn.type_params)
        return Instance(fn, args)
