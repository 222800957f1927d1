"""Symbol tables: top-level items of a module, lexical scopes of locals."""

from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field, fields

from mesh_syntax.diagnostics import Span

from .. import hir
from ..types import TFun, TParam, Type


@dataclass(eq=False)
class FnInfo:
    """A top-level function (or impl method) while the program is being checked."""

    name: str
    symbol: str            # bare in the entry module, qualified elsewhere
    module: str
    file: str
    node: object           # ast.FnDef of the first clause (carries the signature)
    span: Span             # the name, for labels pointing at the definition
    is_pub: bool
    ty: TFun | None = None         # parameter and return types (may hold TVars)
    type_params: list[TParam] = field(default_factory=list)
    declared: bool = False          # every parameter and the return type annotated
    param_spans: list[Span] = field(default_factory=list)
    ret_span: Span | None = None    # the return annotation, if any
    hir: hir.FnDef | None = None
    done: bool = False              # generalised; uses instantiate its scheme
    failed: bool = False            # its signature could not be built
    clauses: list = field(default_factory=list)  # every clause, in order
    broken: bool = False            # a clause was rejected (E0023/E0024)
    # type names in scope of the signature and body (declared params, and for
    # impl methods `Self`, `Self.X` and the impl's own variables)
    generic_names: dict[str, Type] = field(default_factory=dict)
    impl: object | None = None      # the ImplInfo of an impl method
    has_self: bool = False
    kind: str = "fn"                # "fn" | "actor" (actors: ty is Fun(P...) -> Pid<M>)
    scope_env: object | None = None  # the ModuleEnv its body sees, when not its module's
    process: object | None = None   # the ProcessContext of an actor body
    # `(target, of, iface)`: the `Output` of `of`'s impl of `iface` is
    # `target` (an operator on a declared type parameter, spec 03 §4.6);
    # checked at every instantiation (infer/projections.py)
    projections: list = field(default_factory=list)


@dataclass(eq=False)
class ConstInfo:
    """A module constant (`let` at the top level)."""

    name: str
    symbol: str
    module: str
    file: str
    node: object           # ast.LetStmt
    span: Span
    index: int             # position among the module's constants (E0004 order)
    is_pub: bool = True
    ty: Type | None = None
    hir: hir.ConstDef | None = None
    done: bool = False
    checking: bool = False


class Scope:
    """Local bindings of one block, arm or function body; parent chain for lookup."""

    __slots__ = ("names", "parent", "poly")

    def __init__(self, parent: Scope | None = None) -> None:
        self.parent = parent
        self.names: dict[str, hir.Binding] = {}
        # generalised `let` bindings: binding id -> quantified params
        self.poly: dict[int, list[TParam]] = {}

    def lookup(self, name: str) -> hir.Binding | None:
        scope: Scope | None = self
        while scope is not None:
            b = scope.names.get(name)
            if b is not None:
                return b
            scope = scope.parent
        return None

    def poly_params(self, binding: hir.Binding) -> list[TParam] | None:
        scope: Scope | None = self
        while scope is not None:
            p = scope.poly.get(binding.id)
            if p is not None:
                return p
            scope = scope.parent
        return None

    def visible_names(self) -> set[str]:
        out: set[str] = set()
        scope: Scope | None = self
        while scope is not None:
            out |= scope.names.keys()
            scope = scope.parent
        return out


@dataclass(eq=False)
class ModuleEnv:
    """What names mean inside one module."""

    name: str
    file: str
    source: str
    functions: dict[str, FnInfo] = field(default_factory=dict)
    consts: dict[str, ConstInfo] = field(default_factory=dict)
    # `from M import f` -> the imported function / constant
    imported: dict[str, FnInfo] = field(default_factory=dict)
    imported_consts: dict[str, ConstInfo] = field(default_factory=dict)
    # `from String import length` -> "String": a bare name for a library member
    lib_imports: dict[str, str] = field(default_factory=dict)
    # `import A.B` -> qualifier ("B" and "A.B") -> module name
    qualifiers: dict[str, str] = field(default_factory=dict)
    # type namespace: struct/sum/alias infos by the name used in this module
    types: dict[str, object] = field(default_factory=dict)
    interfaces: dict[str, object] = field(default_factory=dict)
    # unqualified constructors in scope: name -> every variant of that name
    ctors: dict[str, list] = field(default_factory=dict)
    impls: list = field(default_factory=list)
    # concurrency items by the name used in this module (own and imported)
    actors: dict[str, FnInfo] = field(default_factory=dict)
    services: dict[str, object] = field(default_factory=dict)      # ServiceInfo
    supervisors: dict[str, object] = field(default_factory=dict)   # SupervisorInfo
    tests: list = field(default_factory=list)                      # ast.TestDef
    inline_modules: dict[str, str] = field(default_factory=dict)   # `module M` -> its module name
    is_test: bool = False           # a `*.test.mpl` file: `assert`/`assert_eq` in scope
    failed_imports: set = field(default_factory=set)  # reported once at the import


# tables an inline module inherits from its enclosing module (spec 03 §1)
_INHERITED = ("functions", "consts", "imported", "imported_consts", "lib_imports", "qualifiers",
              "types",
              "interfaces", "ctors", "actors", "services", "supervisors", "inline_modules")


def nested_env(outer: ModuleEnv, name: str) -> ModuleEnv:
    """The env of an inline module: its own definitions first, then the
    enclosing module's (writes go to its own layer)."""
    env = ModuleEnv(name, outer.file, outer.source)
    env.is_test = outer.is_test
    for f in fields(ModuleEnv):
        if f.name in _INHERITED:
            setattr(env, f.name, ChainMap({}, getattr(outer, f.name)))
    return env


def own(env: ModuleEnv, table: str) -> dict:
    """The entries ``env`` itself defines in ``table`` (not inherited ones)."""
    t = getattr(env, table)
    return t.maps[0] if isinstance(t, ChainMap) else t
