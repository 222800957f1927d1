"""Struct and sum-type definitions by symbol, instantiated at concrete type arguments.

The built-in sums ``Option``, ``Result``, ``Ordering`` and ``Json`` are defined here
with the variant order the spec fixes (05 s7): ``None < Some``,
``Ok < Err``, ``Less < Equal < Greater``; their tags are those indices.  A
program that carries its own ``SumDef`` for one of these names wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesh_syntax.diagnostics import Span
from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, STRING, TCon, TParam, Type, substitute

ALL_DERIVES = {"Eq", "Ord", "Hash", "Debug", "Display"}
JSON = TCon("Json")


def _builtin_sums() -> list[hir.SumDef]:
    t, e = TParam(-1, "T"), TParam(-2, "E")
    span = Span(0, 0)

    def sum_def(name, params, variants):
        return hir.SumDef(name, name, params, [hir.Variant(n, i, f) for i, (n, f) in enumerate(variants)],
                          set(ALL_DERIVES), span, "<builtin>")

    return [
        sum_def("Option", [t], [("None", []), ("Some", [t])]),
        sum_def("Result", [t, e], [("Ok", [t]), ("Err", [e])]),
        sum_def("Ordering", [], [("Less", []), ("Equal", []), ("Greater", [])]),
        # spec 11 s13.1; the runtime owns its descriptors and operations (``descriptors``)
        hir.SumDef("Json", "Json", [], [hir.Variant(n, i, f) for i, (n, f) in enumerate([
            ("JsonNull", []), ("JsonBool", [BOOL]), ("JsonInt", [INT]), ("JsonFloat", [FLOAT]),
            ("JsonString", [STRING]), ("JsonArray", [TCon("List", (JSON,))]),
            ("JsonObject", [TCon("Map", (STRING, JSON))])])],
            {"Eq", "Hash", "Display", "Debug"}, span, "<builtin>"),
    ]


@dataclass(frozen=True, slots=True)
class VariantShape:
    name: str
    tag: int
    fields: tuple[Type, ...]


class TypeDefs:
    def __init__(self, program: hir.Program) -> None:
        self.structs: dict[str, hir.StructDef] = {}
        self.sums: dict[str, hir.SumDef] = {s.symbol: s for s in _builtin_sums()}
        for m in program.modules:
            self.structs.update({s.symbol: s for s in m.structs})
            self.sums.update({s.symbol: s for s in m.sums})

    def is_struct(self, t: Type) -> bool:
        return isinstance(t, TCon) and t.name in self.structs

    def is_sum(self, t: Type) -> bool:
        return isinstance(t, TCon) and t.name in self.sums

    def definition(self, t: Type) -> hir.StructDef | hir.SumDef | None:
        if not isinstance(t, TCon):
            return None
        return self.structs.get(t.name) or self.sums.get(t.name)

    @staticmethod
    def _mapping(params: list[TParam], t: TCon) -> dict[int, Type]:
        return {p.id: a for p, a in zip(params, t.args)}

    def struct_fields(self, t: TCon) -> list[tuple[str, Type]]:
        d = self.structs[t.name]
        mapping = self._mapping(d.type_params, t)
        return [(name, substitute(ft, mapping)) for name, ft in d.fields]

    def field_index(self, t: TCon, name: str) -> int:
        for i, (field, _) in enumerate(self.structs[t.name].fields):
            if field == name:
                return i
        raise KeyError(f"struct `{t.name}` has no field `{name}`")

    def variants(self, t: TCon) -> list[VariantShape]:
        d = self.sums[t.name]
        mapping = self._mapping(d.type_params, t)
        return [VariantShape(v.name, v.tag, tuple(substitute(f, mapping) for f in v.fields))
                for v in sorted(d.variants, key=lambda v: v.tag)]

    def variant(self, t: TCon, tag: int) -> VariantShape:
        for v in self.variants(t):
            if v.tag == tag:
                return v
        raise KeyError(f"`{t.name}` has no variant with tag {tag}")

    def derives(self, t: Type) -> set[str]:
        d = self.definition(t)
        return set(d.derives) if d is not None else set()

    def display_name(self, t: Type) -> str:
        d = self.definition(t)
        return d.name if d is not None else repr(t)
