"""MIR: the monomorphic, control-flow-explicit form codegen lowers HIR into.

A :class:`Function` is a list of basic blocks; each block is straight-line
:class:`Instr` values ended by one :class:`Terminator`.  Every type in MIR is
concrete (no type parameters): one MIR function exists per instance of a
generic HIR function.

Values are :class:`Local` or :class:`Const` operands.  A local is either

* a *temp* (``is_var=False``): defined exactly once by an instruction, in a
  block that dominates its uses -- emitted as an SSA value; or
* a *var* (``is_var=True``): a named slot that may be assigned in several
  blocks (``let`` bindings, parameters, the result of an ``if``/``case``) --
  emitted as a stack slot that ``mem2reg`` promotes at -O1 and above.

Self tail calls are already loops here (assign the parameters, jump to the
first block); other calls in tail position carry ``tail=True``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_types.types import Type


@dataclass(frozen=True, slots=True)
class Loc:
    """A source position (1-based line and column) inside the function's file."""

    line: int
    col: int = 1


@dataclass(eq=False, slots=True)
class Local:
    id: int
    name: str
    ty: Type
    is_var: bool
    source: bool = False     # a variable the program names (described in debug info)

    def __repr__(self) -> str:
        return f"{'%' if self.is_var else '$'}{self.name}.{self.id}"


@dataclass(frozen=True, slots=True)
class Const:
    """A literal: int, float, bool, str, or None for unit."""

    value: object
    ty: Type

    def __repr__(self) -> str:
        return repr(self.value) if self.value is not None else "()"


Operand = Local | Const


# ---------------------------------------------------------------- instructions

@dataclass(eq=False, slots=True)
class Instr:
    loc: Loc | None


@dataclass(eq=False, slots=True)
class Assign(Instr):
    """``dest = src``: stores into a var, or names a copy (a load) as a temp."""

    dest: Local
    src: Operand


@dataclass(eq=False, slots=True)
class BinOp(Instr):
    """``op`` is the Mesh operator (``+ - * / % == != < > <= >= <>``);
    ``operand_ty`` is the type of both operands and picks the operation."""

    dest: Local
    op: str
    lhs: Operand
    rhs: Operand
    operand_ty: Type


@dataclass(eq=False, slots=True)
class UnOp(Instr):
    """``op`` is ``-`` or ``not``."""

    dest: Local
    op: str
    operand: Operand


@dataclass(eq=False, slots=True)
class Call(Instr):
    """A direct call of a MIR function by its mangled name."""

    dest: Local
    callee: str
    args: list[Operand]
    tail: bool = False


@dataclass(eq=False, slots=True)
class FnValue(Instr):
    """A top-level function instance as a value (a closure with no captures)."""

    dest: Local
    callee: str


@dataclass(eq=False, slots=True)
class CallIndirect(Instr):
    """A call through a function value (closure pointer)."""

    dest: Local
    callee: Operand
    args: list[Operand]
    tail: bool = False


@dataclass(eq=False, slots=True)
class CallBuiltin(Instr):
    """A standard-library function by its canonical name (``println``, ``Int.to_string``...)."""

    dest: Local
    name: str
    args: list[Operand]


@dataclass(eq=False, slots=True)
class MakeRecord(Instr):
    """A tuple or struct object; ``fields`` in declaration order (``dest.ty`` says which)."""

    dest: Local
    fields: list[Operand]


@dataclass(eq=False, slots=True)
class RecordGet(Instr):
    """Field ``index`` (declaration order) of a tuple or struct."""

    dest: Local
    record: Operand
    index: int


@dataclass(eq=False, slots=True)
class MakeVariant(Instr):
    """A sum value (``dest.ty``); a nullary variant is a STATIC constant."""

    dest: Local
    tag: int
    args: list[Operand]


@dataclass(eq=False, slots=True)
class VariantTag(Instr):
    dest: Local
    value: Operand


@dataclass(eq=False, slots=True)
class VariantGet(Instr):
    """Field ``index`` of ``value``, known to be variant ``tag``."""

    dest: Local
    value: Operand
    tag: int
    index: int


@dataclass(eq=False, slots=True)
class MakeClosure(Instr):
    """A closure over ``captures`` whose code runs the MIR function ``body``
    (its parameters: the captures, then the closure's own)."""

    dest: Local
    body: str
    captures: list[Operand]


@dataclass(eq=False, slots=True)
class ValueOp(Instr):
    """A value operation of ``ty``: ``eq``/``cmp``/``hash``/``display``/``debug``
    (as in type descriptors) or ``compare`` (an ``Ordering`` value)."""

    dest: Local
    op: str
    ty: Type
    args: list[Operand]


@dataclass(eq=False, slots=True)
class GlobalGet(Instr):
    dest: Local
    symbol: str


@dataclass(eq=False, slots=True)
class GlobalSet(Instr):
    symbol: str
    value: Operand


@dataclass(eq=False, slots=True)
class CursorNext(Instr):
    """One step of a map/set iteration (mesh_rt_{map,set}_next): the next cursor (negative at
    the end) and the entry's key and value (``value`` is None for sets)."""

    cursor_dest: Local
    key: Local
    value: Local | None
    kind: str            # "map" or "set"
    coll: Operand
    cursor: Operand


@dataclass(eq=False, slots=True)
class IterNext(Instr):
    """Pull one item from an ``Iter<T>`` (mesh_rt_iter_next): ``found`` is false at the end,
    when ``item`` is undefined."""

    found: Local
    item: Local
    iter: Operand


@dataclass(eq=False, slots=True)
class SafePoint(Instr):
    """Function entry or loop back-edge: where the preemption check goes."""


# ---------------------------------------------------------------- terminators

@dataclass(eq=False, slots=True)
class Terminator:
    loc: Loc | None


@dataclass(eq=False, slots=True)
class Goto(Terminator):
    target: Block


@dataclass(eq=False, slots=True)
class Branch(Terminator):
    cond: Operand
    then: Block
    else_: Block


@dataclass(eq=False, slots=True)
class Switch(Terminator):
    """Jump on an Int or Bool value; every case value is distinct."""

    value: Operand
    cases: list[tuple[int, Block]]
    default: Block


@dataclass(eq=False, slots=True)
class Return(Terminator):
    value: Operand


@dataclass(eq=False, slots=True)
class Panic(Terminator):
    """A run-time failure detected by compiled code (e.g. no case arm matched)."""

    reason: str


@dataclass(eq=False, slots=True)
class Unreachable(Terminator):
    """After a call that never returns (``panic``, a ``Never``-typed function)."""


# ---------------------------------------------------------------- containers

@dataclass(eq=False, slots=True)
class Block:
    label: str
    instrs: list[Instr] = field(default_factory=list)
    term: Terminator | None = None

    def __repr__(self) -> str:
        return f"Block({self.label})"


@dataclass(eq=False, slots=True)
class Function:
    """One monomorphic instance.  ``blocks[0]`` is the entry and the target of
    self tail calls; ``params`` are vars so a tail call can reassign them."""

    name: str            # mangled, unique in the program
    symbol: str          # the HIR symbol it instantiates
    type_args: tuple[Type, ...]
    params: list[Local]
    ret: Type
    file: str
    loc: Loc | None
    blocks: list[Block] = field(default_factory=list)
    # a closure body: the first ``n_captures`` params are the captured values
    n_captures: int = 0


@dataclass(eq=False, slots=True)
class Global:
    """A module constant: a global slot set by ``init`` (a MIR function) before ``main``."""

    symbol: str
    ty: Type
    init: str


@dataclass(eq=False, slots=True)
class Program:
    functions: list[Function]
    entry: str           # mangled name of the entry function
    sources: dict[str, str]   # file -> source text (for debug info)
    globals: list[Global] = field(default_factory=list)   # in initialisation order
    types: object = None      # type_defs.TypeDefs
    impls: object = None      # impls.Impls


def dump(fn: Function) -> str:
    """A readable listing, for tests and for debugging the lowering."""
    lines = [f"fn {fn.name}({', '.join(map(repr, fn.params))}) -> {fn.ret!r}"]
    for block in fn.blocks:
        lines.append(f"  {block.label}:")
        for ins in block.instrs:
            lines.append(f"    {_show(ins)}")
        lines.append(f"    {_show(block.term)}")
    return "\n".join(lines)


def _show(node: object) -> str:
    if node is None:
        return "<no terminator>"
    name = type(node).__name__
    fields = [f for f in node.__slots__ if f != "loc"]  # type: ignore[attr-defined]
    parts = []
    for f in fields:
        v = getattr(node, f)
        if isinstance(v, Block):
            v = v.label
        elif isinstance(v, list) and v and isinstance(v[0], tuple):
            v = [(k, b.label) for k, b in v]
        parts.append(f"{f}={v!r}" if not isinstance(v, str) else f"{f}={v}")
    return f"{name} {' '.join(parts)}"
