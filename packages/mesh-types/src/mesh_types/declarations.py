"""What the collection pass knows about user (and built-in) type
definitions, interfaces and impls (spec 03 §5-§8).

These are the checker's records; the HIR records for codegen
(``hir.StructDef``, ``hir.SumDef``, ``hir.ImplDef``) are built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_syntax.diagnostics import Span

from .types import TCon, TParam, Type, substitute

DEFAULT_STRUCT_DERIVES = {"Eq", "Ord", "Hash", "Debug"}
DEFAULT_SUM_DERIVES = {"Eq", "Ord", "Debug"}
DERIVABLE = ["Eq", "Ord", "Display", "Debug", "Hash", "Json", "Row", "Schema"]


@dataclass(eq=False)
class StructInfo:
    name: str
    symbol: str
    module: str
    file: str
    node: object
    span: Span
    is_pub: bool
    params: list[TParam] = field(default_factory=list)
    fields: dict[str, Type] = field(default_factory=dict)
    field_spans: dict[str, Span] = field(default_factory=dict)
    derives: set[str] = field(default_factory=set)
    # no deriving clause: the defaults, limited to what the fields support
    derives_implicit: bool = False

    def type_of(self, args) -> TCon:
        return TCon(self.symbol, tuple(args))

    def field_type(self, name: str, args) -> Type | None:
        t = self.fields.get(name)
        if t is None:
            return None
        return substitute(t, {p.id: a for p, a in zip(self.params, args)})


@dataclass(eq=False)
class VariantInfo:
    name: str
    tag: int
    fields: list[Type]
    field_names: list[str | None]
    span: Span
    sum: SumInfo | None = None

    def field_types(self, args) -> list[Type]:
        mapping = {p.id: a for p, a in zip(self.sum.params, args)}
        return [substitute(f, mapping) for f in self.fields]


@dataclass(eq=False)
class SumInfo:
    name: str
    symbol: str
    module: str
    file: str
    node: object
    span: Span
    is_pub: bool
    params: list[TParam] = field(default_factory=list)
    variants: list[VariantInfo] = field(default_factory=list)
    derives: set[str] = field(default_factory=set)
    # no deriving clause: the defaults, limited to what the fields support
    derives_implicit: bool = False

    def variant(self, name: str) -> VariantInfo | None:
        return next((v for v in self.variants if v.name == name), None)


@dataclass(eq=False)
class AliasInfo:
    name: str
    module: str
    file: str
    node: object
    span: Span
    is_pub: bool
    params: list[TParam] = field(default_factory=list)
    target: Type | None = None
    state: str = "new"   # new -> expanding -> done (E0056 on a cycle)


@dataclass(eq=False)
class MethodSig:
    name: str
    has_self: bool
    params: list[Type]          # without self; may mention SELF / assoc params
    ret: Type
    node: object | None         # ast.FnDef (None for built-in signatures)
    span: Span
    has_default: bool = False
    complete: bool = True       # every annotation present


@dataclass(eq=False)
class InterfaceInfo:
    name: str
    symbol: str                 # "Display" for built-ins, "Main.Gauge" for user ones
    module: str | None
    file: str | None
    node: object | None
    span: Span
    is_pub: bool
    self_param: TParam
    params: list[TParam] = field(default_factory=list)      # interface type parameters
    assoc: dict[str, TParam] = field(default_factory=dict)  # `type Item` -> placeholder
    methods: dict[str, MethodSig] = field(default_factory=dict)


@dataclass(eq=False)
class ImplInfo:
    interface: InterfaceInfo | None
    iface_args: list[Type]
    target: Type
    params: list[TParam]        # the impl's own type variables (in `target`)
    module: str
    file: str
    node: object
    span: Span
    assoc: dict[str, Type] = field(default_factory=dict)
    methods: dict[str, object] = field(default_factory=dict)   # name -> FnInfo
    bounds: dict[int, set[str]] = field(default_factory=dict)
    ok: bool = True

    def head_name(self) -> str | None:
        t = self.target
        return t.name if isinstance(t, TCon) else None
