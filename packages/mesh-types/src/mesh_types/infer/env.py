"""Symbol tables: top-level functions of a module, lexical scopes of locals."""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_syntax.diagnostics import Span

from .. import hir
from ..types import TFun, TParam


@dataclass(eq=False)
class FnInfo:
    """A top-level function while the program is being checked."""

    name: str
    symbol: str            # bare in the entry module, qualified elsewhere
    module: str
    file: str
    node: object           # the syntax of the first clause (carries the signature)
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


class Scope:
    """Local bindings of one block, arm or function body; parent chain for lookup."""

    __slots__ = ("names", "parent")

    def __init__(self, parent: Scope | None = None) -> None:
        self.parent = parent
        self.names: dict[str, hir.Binding] = {}

    def lookup(self, name: str) -> hir.Binding | None:
        scope: Scope | None = self
        while scope is not None:
            b = scope.names.get(name)
            if b is not None:
                return b
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
    # `from M import f` -> the imported function
    imported: dict[str, FnInfo] = field(default_factory=dict)
    # `import A.B` -> qualifier ("B" and "A.B") -> module name
    qualifiers: dict[str, str] = field(default_factory=dict)
