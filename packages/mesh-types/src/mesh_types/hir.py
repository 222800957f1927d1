"""The typed tree (HIR): what ``mesh_types.check`` produces and codegen consumes.

Every name is resolved and every expression carries its resolved type
(``.ty``, see :mod:`mesh_types.types`) and its source span.  Surface sugar is
gone: pipes are plain calls, method calls on library types are calls of the
library function, ``else if`` is a nested :class:`If`, string interpolation is
an :class:`Interp` whose parts codegen renders with Display.

This module only defines data; it has no behaviour beyond small helpers.
It grows with the language: add node kinds here, never ad-hoc attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_syntax.diagnostics import Span

from .types import Type, TParam


# ---------------------------------------------------------------- bindings

@dataclass(eq=False, slots=True)
class Binding:
    """A local variable (parameter, ``let``, pattern binding).

    Identity matters: two bindings with the same name (shadowing) are
    different objects; ``id`` is unique within a program.
    """

    id: int
    name: str
    ty: Type
    span: Span

    def __repr__(self) -> str:
        return f"{self.name}#{self.id}"


# ---------------------------------------------------------------- expressions

@dataclass(eq=False, slots=True)
class Expr:
    ty: Type
    span: Span


@dataclass(eq=False, slots=True)
class IntLit(Expr):
    value: int  # already in signed 64-bit range


@dataclass(eq=False, slots=True)
class FloatLit(Expr):
    value: float


@dataclass(eq=False, slots=True)
class BoolLit(Expr):
    value: bool


@dataclass(eq=False, slots=True)
class StrLit(Expr):
    value: str  # escapes decoded


@dataclass(eq=False, slots=True)
class UnitLit(Expr):
    pass


@dataclass(eq=False, slots=True)
class Interp(Expr):
    """String interpolation: parts are concatenated; non-String parts are
    converted with their type's Display (Debug where there is no Display)."""

    parts: list[Expr]


@dataclass(eq=False, slots=True)
class LocalRef(Expr):
    binding: Binding


@dataclass(eq=False, slots=True)
class FnRef(Expr):
    """A reference to a top-level function, instantiated at ``type_args``
    (one type per ``FnDef.type_params`` entry, in order)."""

    symbol: str
    type_args: list[Type] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class BuiltinRef(Expr):
    """A standard-library / prelude function, by its canonical qualified name:
    ``println``, ``print``, ``eprintln``, ``panic``, ``String.length``,
    ``Int.to_string``, ...  ``ty`` is the instantiated function type."""

    name: str


@dataclass(eq=False, slots=True)
class Call(Expr):
    callee: Expr
    args: list[Expr]


@dataclass(eq=False, slots=True)
class Binary(Expr):
    """``op`` is the source operator: ``+ - * / % == != < > <= >= and or <>``
    (``&&``/``||``/``++`` are normalised to ``and``/``or``/``<>``).  The operand
    type is ``lhs.ty``."""

    op: str
    lhs: Expr
    rhs: Expr


@dataclass(eq=False, slots=True)
class Unary(Expr):
    """``op`` is ``-`` or ``not`` (``!`` normalised to ``not``)."""

    op: str
    operand: Expr


@dataclass(eq=False, slots=True)
class If(Expr):
    cond: Expr
    then: Expr
    else_: Expr | None  # None: no else branch, ty is ()


@dataclass(eq=False, slots=True)
class Block(Expr):
    """Statements in order, then the value.  ``result`` is None when the block
    is empty or ends with a ``let`` (value ``()``)."""

    stmts: list[Stmt]
    result: Expr | None


@dataclass(eq=False, slots=True)
class Case(Expr):
    scrutinee: Expr
    arms: list[Arm]


@dataclass(eq=False, slots=True)
class Return(Expr):
    value: Expr | None  # ty is Never


# ---------------------------------------------------------------- statements

@dataclass(eq=False, slots=True)
class Let:
    pattern: Pattern
    value: Expr
    span: Span


@dataclass(eq=False, slots=True)
class ExprStmt:
    expr: Expr
    span: Span


Stmt = Let | ExprStmt


# ---------------------------------------------------------------- patterns

@dataclass(eq=False, slots=True)
class Pattern:
    ty: Type
    span: Span


@dataclass(eq=False, slots=True)
class PWild(Pattern):
    pass


@dataclass(eq=False, slots=True)
class PBind(Pattern):
    binding: Binding


@dataclass(eq=False, slots=True)
class PLit(Pattern):
    """A literal pattern: ``value`` is an int, float, bool, str or None (unit)."""

    value: object


@dataclass(eq=False, slots=True)
class Arm:
    pattern: Pattern
    guard: Expr | None
    body: Expr
    span: Span


# ---------------------------------------------------------------- items

@dataclass(eq=False, slots=True)
class Param:
    binding: Binding


@dataclass(eq=False, slots=True)
class FnDef:
    """A top-level function.  ``symbol`` is unique in the program: the bare
    name in the entry module (``main``), module-qualified elsewhere
    (``Billing.Ledger.total``).  ``type_params`` are the quantified variables
    of its scheme; they occur in param/return/expression types."""

    symbol: str
    params: list[Param]
    ret: Type
    body: Expr
    type_params: list[TParam]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class Module:
    name: str          # "Main" for the entry module, "Billing.Ledger", ...
    path: str          # as shown to the user
    source: str        # full text, for line tables and panic locations
    functions: list[FnDef]


@dataclass(eq=False, slots=True)
class Program:
    modules: list[Module]   # in dependency order, entry module last
    entry: str              # symbol of the entry function ("main")

    def functions(self) -> dict[str, FnDef]:
        return {f.symbol: f for m in self.modules for f in m.functions}
