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

from .types import TParam, Type

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
    structs: list[StructDef] = field(default_factory=list)
    sums: list[SumDef] = field(default_factory=list)
    impls: list[ImplDef] = field(default_factory=list)
    consts: list[ConstDef] = field(default_factory=list)  # in initialisation order
    # additions (concurrency, tests): see the "concurrency" section at the end
    actors: list[ActorDef] = field(default_factory=list)
    services: list[ServiceDef] = field(default_factory=list)
    supervisors: list[SupervisorDef] = field(default_factory=list)
    tests: list[TestDef] = field(default_factory=list)   # `test` items of *.test.mpl files


@dataclass(eq=False, slots=True)
class Program:
    modules: list[Module]   # in dependency order, entry module last
    entry: str              # symbol of the entry function ("main")

    def functions(self) -> dict[str, FnDef]:
        return {f.symbol: f for m in self.modules for f in m.functions}


# ---------------------------------------------------------------- additions (mesh-types)

@dataclass(eq=False, slots=True)
class Tuple(Expr):
    """A tuple value ``(e1, ..., en)``, n >= 2; ``ty`` is a ``TTuple``."""

    elems: list[Expr]


@dataclass(eq=False, slots=True)
class PTuple(Pattern):
    """A tuple pattern ``(p1, ..., pn)``; irrefutable when its parts are."""

    elems: list[Pattern]


# ================================================================ the full sequential language
# Contract for the front end (issue: complete front end) and codegen (issue:
# native code for the whole sequential language).  Desugaring done by the type
# checker: keyword arguments -> MapLit, `e[i]` -> BuiltinRef List.get/Map.get
# call, `a..b` -> BuiltinRef Range.new call, variant constructors used as values
# -> Lambda wrapping a Ctor, multi-clause closures -> Lambda whose body is a
# Case over its parameters, interface default methods -> one FnDef per impl.

@dataclass(eq=False, slots=True)
class AtomLit(Expr):
    name: str  # without the colon


@dataclass(eq=False, slots=True)
class ListLit(Expr):
    elems: list[Expr]


@dataclass(eq=False, slots=True)
class MapLit(Expr):
    entries: list[tuple[Expr, Expr]]  # evaluation order: key, value, entry by entry


@dataclass(eq=False, slots=True)
class StructLit(Expr):
    """``fields`` in the order written (that is the evaluation order)."""

    struct: str  # StructDef.symbol
    fields: list[tuple[str, Expr]]


@dataclass(eq=False, slots=True)
class StructUpdate(Expr):
    base: Expr
    fields: list[tuple[str, Expr]]


@dataclass(eq=False, slots=True)
class Field(Expr):
    obj: Expr
    name: str


@dataclass(eq=False, slots=True)
class Ctor(Expr):
    """A sum-type value: variant ``tag`` (declaration index) of ``sum``."""

    sum: str  # SumDef.symbol ("Option", "Result", "Ordering" for the built-ins)
    variant: str
    tag: int
    args: list[Expr]


@dataclass(eq=False, slots=True)
class Lambda(Expr):
    """A closure.  ``captures`` are the outer bindings its body uses, in a
    stable order; ``ty`` is a TFun."""

    params: list[Param]
    body: Expr
    captures: list[Binding]


@dataclass(eq=False, slots=True)
class For(Expr):
    """``for pattern in source [when filter] do body end``; ``ty`` is
    ``List<body.ty>``.  How ``source`` is iterated follows from its type
    (Range, List, Map, Set, Iter, or a user Iterator/Iterable: then
    ``iter_method``/``next_method`` name the impl methods to call)."""

    pattern: Pattern
    source: Expr
    filter: Expr | None
    body: Expr
    iter_method: MethodRef | None = None
    next_method: MethodRef | None = None


@dataclass(eq=False, slots=True)
class While(Expr):
    cond: Expr
    body: Expr


@dataclass(eq=False, slots=True)
class Break(Expr):
    pass


@dataclass(eq=False, slots=True)
class Continue(Expr):
    pass


@dataclass(eq=False, slots=True)
class Try(Expr):
    """``operand?``; ``kind`` is "result" or "option".  ``convert`` (a callee,
    usually a MethodRef to ``From.from``) converts the error when the function's
    error type differs."""

    operand: Expr
    kind: str
    convert: Expr | None


@dataclass(eq=False, slots=True)
class MethodRef(Expr):
    """An interface method at a (possibly still generic) receiver type,
    resolved by codegen after monomorphisation to the impl (written, generic,
    derived or built-in).  ``ty`` is the instantiated function type."""

    interface: str      # "Display", "Add", "From", "Main.Meter", ...
    method: str
    self_type: Type
    interface_args: list[Type] = field(default_factory=list)  # From<Int> -> [Int]


@dataclass(eq=False, slots=True)
class GlobalRef(Expr):
    """A module constant (ConstDef.symbol)."""

    symbol: str


# ---------------------------------------------------------------- more patterns

@dataclass(eq=False, slots=True)
class PAtom(Pattern):
    name: str


@dataclass(eq=False, slots=True)
class PCtor(Pattern):
    sum: str
    variant: str
    tag: int
    args: list[Pattern]


@dataclass(eq=False, slots=True)
class PNil(Pattern):
    """The empty list ``[]``."""


@dataclass(eq=False, slots=True)
class PCons(Pattern):
    head: Pattern
    tail: Pattern


@dataclass(eq=False, slots=True)
class POr(Pattern):
    alts: list[Pattern]


@dataclass(eq=False, slots=True)
class PAs(Pattern):
    pattern: Pattern
    binding: Binding


# ---------------------------------------------------------------- type definitions, impls, constants

@dataclass(eq=False, slots=True)
class StructDef:
    symbol: str               # unique: "Point" in the entry module, "Geo.Point" elsewhere
    name: str                 # as written, for Display/Debug ("Point")
    type_params: list[TParam]
    fields: list[tuple[str, Type]]
    derives: set[str]         # effective set (defaults applied): "Eq", "Ord", "Hash", "Debug", "Display", "Json", ...
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class Variant:
    name: str
    tag: int
    fields: list[Type]


@dataclass(eq=False, slots=True)
class SumDef:
    symbol: str
    name: str
    type_params: list[TParam]
    variants: list[Variant]
    derives: set[str]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class ImplDef:
    """``impl Interface<interface_args> for target``; generic over
    ``type_params`` (which occur in ``target``).  ``methods`` maps each method
    name (defaults included) to the FnDef symbol implementing it; those FnDefs
    have the impl's type params first in their own ``type_params``."""

    interface: str
    interface_args: list[Type]
    target: Type
    type_params: list[TParam]
    methods: dict[str, str]
    assoc_types: dict[str, Type]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class ConstDef:
    symbol: str
    ty: Type
    value: Expr
    span: Span
    file: str


# ================================================================ concurrency
# Contract for processes, messages, services and supervisors (spec 10).
# PIDs are `TCon("Pid", (M,))` (typed) or `TCon("Pid", ())` (untyped); both
# are the same one-word value.  Actors, services and supervisors are items of
# their own (Module.actors/services/supervisors), never FnDefs; their helper
# functions (a service's `init` and private fns) are ordinary FnDefs in
# Module.functions with symbols `<Service>.<fn>`.

@dataclass(eq=False, slots=True)
class ActorRef(Expr):
    """An actor as the target of `spawn`: ``ty`` is ``Fun(P1..Pn) -> Pid<M>``
    at this use; ``type_args`` instantiate ``ActorDef.type_params``."""

    symbol: str
    type_args: list[Type] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class SupervisorRef(Expr):
    """A supervisor as the target of `spawn` (``ty`` is ``Fun() -> Pid``)."""

    symbol: str


@dataclass(eq=False, slots=True)
class Spawn(Expr):
    """``spawn(target, args...)`` / ``spawn_link(...)`` (``link``).  ``target``
    is an ActorRef (args: its parameters), a SupervisorRef (no args) or any
    expression of type ``Fun() -> ()`` (a closure run in the new process, no
    args).  ``ty`` is the new process's ``Pid<M>`` (``Pid`` for supervisors)."""

    target: Expr
    args: list[Expr]
    link: bool = False


@dataclass(eq=False, slots=True)
class Send(Expr):
    """``send(pid, message)``; ``ty`` is ``()``.  The message is deep-copied."""

    pid: Expr
    message: Expr


@dataclass(eq=False, slots=True)
class SelfPid(Expr):
    """``self()``: ``Pid<M>`` in an actor or `main`, ``Pid`` in a service handler."""


@dataclass(eq=False, slots=True)
class Link(Expr):
    """``link(pid)``; ``ty`` is ``()``."""

    pid: Expr


@dataclass(eq=False, slots=True)
class ReceiveArm(Arm):
    """An arm of `receive`.  ``system`` is None for an ordinary message (the
    pattern has the process's message type) or names the system message the
    arm matches: "exit" ``(:exit, Pid, String)``, "down" ``(:down, Int, Pid,
    String)``, "nodedown"/"nodeup" ``(:nodedown, String)``; the pattern is
    then a PTuple of that shape whose first element is the atom."""

    system: str | None = None


@dataclass(eq=False, slots=True)
class Receive(Expr):
    """Selective receive: arms tried in order per message, oldest first; no
    exhaustiveness.  ``after_timeout`` (Int milliseconds, evaluated once on
    entry) and ``after_body`` are both set or both None."""

    arms: list[ReceiveArm]
    after_timeout: Expr | None = None
    after_body: Expr | None = None


@dataclass(eq=False, slots=True)
class Reenter(Expr):
    """A tail self call of an actor (spec 10 §3.2): rebind the actor's
    parameters to ``args`` and jump to the start of its body, same process.
    Always in tail position of the actor body; ``ty`` is ``()``."""

    actor: str          # ActorDef.symbol
    args: list[Expr]


@dataclass(eq=False, slots=True)
class ServiceOp(Expr):
    """A generated service client function used as a callee: ``kind`` is
    "start" (``Fun(I1..In) -> Pid``), "call" (``Fun(Pid, A1..Ak) -> R``, waits
    for the reply) or "cast" (``Fun(Pid, A1..Ak) -> ()``).  ``op`` is the
    generated name (``start``, ``get_count``); ``handler`` indexes
    ``ServiceDef.handlers`` (-1 for start)."""

    service: str        # ServiceDef.symbol
    op: str
    kind: str
    handler: int = -1


@dataclass(eq=False, slots=True)
class ActorDef:
    """``actor name(params) do body [terminate do ... end] end``.  Spawning
    runs ``body`` in a new process with ``params`` bound to the spawn
    arguments; ``terminate`` (may read the params) runs when it exits for
    any reason but `killed`.  Generic over ``type_params`` like a FnDef (the
    message type may be one of them)."""

    symbol: str
    name: str
    params: list[Param]
    msg_type: Type
    body: Expr
    terminate: Expr | None
    type_params: list[TParam]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class ServiceHandler:
    """``call Variant(params) :: R do |state| ... end`` (body: ``(S, R)`` tuple,
    new state first) or ``cast Variant(params) do |state| ... end`` (body: the
    new state ``S``; ``reply`` is ``()``).  ``state`` is None when the handler
    does not name it."""

    kind: str           # "call" | "cast"
    variant: str        # as written: "GetCount"
    op: str             # generated client name: "get_count"
    params: list[Param]
    state: Binding | None
    body: Expr
    reply: Type
    span: Span


@dataclass(eq=False, slots=True)
class ServiceDef:
    """A service (spec 10 §10).  ``init`` is the FnDef symbol computing the
    initial state from the `start` arguments (None: state ``()``, `start`
    takes no argument).  Handlers are numbered by their index."""

    symbol: str
    name: str
    state_type: Type
    init: str | None
    start_params: list[Type]
    handlers: list[ServiceHandler]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class ChildSpec:
    """A supervisor child: ``start`` is an expression of type
    ``Fun() -> Pid<_>`` evaluated inside the supervisor; ``shutdown`` is
    milliseconds, or None for `brutal_kill`."""

    name: str
    start: Expr
    restart: str        # "permanent" | "transient" | "temporary"
    shutdown: int | None
    span: Span


@dataclass(eq=False, slots=True)
class SupervisorDef:
    """``supervisor Name do ... end`` with defaults applied (spec 10 §11.1)."""

    symbol: str
    name: str
    strategy: str       # "one_for_one" | "one_for_all" | "rest_for_one" | "simple_one_for_one"
    max_restarts: int
    max_seconds: int
    children: list[ChildSpec]
    span: Span
    file: str


@dataclass(eq=False, slots=True)
class TestDef:
    """``test "label" do ... end`` of a ``*.test.mpl`` file (spec 15 §7)."""

    label: str
    body: Expr
    span: Span
    file: str
