"""Exhaustiveness and redundancy of matches: Maranget's usefulness algorithm
("Warnings for pattern matching", 2007) over an abstract pattern form.

The checker translates typed patterns into :class:`Wild`, :class:`Ctor` and
:class:`Or` values; a :data:`Signature` callback tells, for a column type,
its complete constructor list (name, argument types) in declaration order,
or None for types with infinitely many values (Int, Float, String, Atom...).
Literals of such types are constructors that never complete their column.

Two questions are answered (spec 04 §6):

* :func:`missing_patterns` -- the values no row matches, as witness
  patterns listed in constructor declaration order (E0012);
* :func:`is_useful` -- whether a row matches something earlier rows do not
  (a row that is not useful is a redundant arm, W0001).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .types import Type


@dataclass(frozen=True, slots=True)
class Wild:
    pass


@dataclass(frozen=True, slots=True)
class Ctor:
    """A constructor applied to sub-patterns.  ``name`` identifies it within
    its type: ``true``, ``()``, ``Some``, ``::``, ``(,)`` for tuples, or the
    source text of a literal."""

    name: str
    args: tuple[Pat, ...] = ()


@dataclass(frozen=True, slots=True)
class Or:
    alts: tuple[Pat, ...]


Pat = Wild | Ctor | Or
WILD = Wild()

Signature = Callable[[Type], "list[tuple[str, list[Type]]] | None"]

# enumerating every witness can explode on wide matrices; past this many we
# stop collecting (the "and N more" count is then a lower bound)
WITNESS_LIMIT = 64


def _expand(rows: list[list[Pat]]) -> list[list[Pat]]:
    """Split rows whose first pattern is an or-pattern into one row per alternative."""
    out: list[list[Pat]] = []
    for row in rows:
        if row and isinstance(row[0], Or):
            out.extend(_expand([[alt] + row[1:] for alt in row[0].alts]))
        else:
            out.append(row)
    return out


def _specialise(rows: list[list[Pat]], name: str, arity: int) -> list[list[Pat]]:
    out = []
    for row in rows:
        head = row[0]
        if isinstance(head, Wild):
            out.append([WILD] * arity + row[1:])
        elif isinstance(head, Ctor) and head.name == name:
            out.append(list(head.args) + row[1:])
    return out


def _default(rows: list[list[Pat]]) -> list[list[Pat]]:
    return [row[1:] for row in rows if isinstance(row[0], Wild)]


def _used(rows: list[list[Pat]]) -> list[Ctor]:
    seen: dict[str, Ctor] = {}
    for row in rows:
        if isinstance(row[0], Ctor):
            seen.setdefault(row[0].name, row[0])
    return list(seen.values())


def is_useful(rows: list[list[Pat]], vector: list[Pat], types: list[Type],
              signature: Signature) -> bool:
    """Does ``vector`` match some value that no row of ``rows`` matches?"""
    rows = _expand(rows)
    if not types:
        return not rows
    head = vector[0]
    if isinstance(head, Or):
        return any(is_useful(rows, [alt] + vector[1:], types, signature) for alt in head.alts)
    sig = signature(types[0])
    if isinstance(head, Ctor):
        arg_types = _arg_types(sig, head)
        return is_useful(_specialise(rows, head.name, len(head.args)),
                         list(head.args) + vector[1:], arg_types + types[1:], signature)
    used = {c.name for c in _used(rows)}
    if sig is not None and sig and all(name in used for name, _ in sig):
        return any(
            is_useful(_specialise(rows, name, len(args)), [WILD] * len(args) + vector[1:],
                      list(args) + types[1:], signature)
            for name, args in sig)
    return is_useful(_default(rows), vector[1:], types[1:], signature)


def _arg_types(sig, ctor: Ctor) -> list[Type]:
    if sig is not None:
        for name, args in sig:
            if name == ctor.name:
                return list(args)
    # a literal of an infinite type, or a constructor the signature does not
    # know (already reported elsewhere): sub-patterns get no useful type
    return [None] * len(ctor.args)  # type: ignore[list-item]


def missing_patterns(rows: list[list[Pat]], types: list[Type],
                     signature: Signature) -> list[list[Pat]]:
    """Witness vectors of values matched by no row, in declaration order."""
    return _missing(_expand(rows), list(types), signature)


def _missing(rows, types, signature) -> list[list[Pat]]:
    if not types:
        return [] if rows else [[]]
    sig = signature(types[0]) if types[0] is not None else None
    used = _used(rows)
    rest = types[1:]
    out: list[list[Pat]] = []
    if sig is None or not sig:
        # infinite (or unknown) type: only wildcards complete the column
        for w in _missing(_default(rows), rest, signature):
            out.append([WILD] + w)
            if len(out) >= WITNESS_LIMIT:
                break
        return out
    used_names = {c.name for c in used}
    default_ws: list[list[Pat]] | None = None
    if not used_names:
        # no constructor mentioned at all: report `_`, not every constructor
        return [[WILD] + w for w in _missing(_default(rows), rest, signature)]
    for name, args in sig:
        if name in used_names:
            sub = _missing(_expand(_specialise(rows, name, len(args))), list(args) + rest, signature)
            for w in sub:
                out.append([Ctor(name, tuple(w[:len(args)]))] + w[len(args):])
        else:
            if default_ws is None:
                default_ws = _missing(_default(rows), rest, signature)
            for w in default_ws:
                out.append([Ctor(name, (WILD,) * len(args))] + w)
        if len(out) >= WITNESS_LIMIT:
            break
    return out


def format_pattern(p: Pat) -> str:
    """Witness patterns in source syntax: `false`, `Some(_)`, `(_, Less)`, `_ :: _`."""
    if isinstance(p, Wild):
        return "_"
    if isinstance(p, Or):
        return " | ".join(format_pattern(a) for a in p.alts)
    if p.name == "(,)":
        return "(" + ", ".join(format_pattern(a) for a in p.args) + ")"
    if p.name == "::":
        head, tail = p.args
        h = format_pattern(head)
        if isinstance(head, Ctor) and head.name == "::":
            h = f"({h})"
        return f"{h} :: {format_pattern(tail)}"
    if not p.args:
        return p.name
    return f"{p.name}({', '.join(format_pattern(a) for a in p.args)})"


def describe_missing(witnesses: Sequence[Sequence[Pat]], limit: int = 5) -> tuple[list[str], int]:
    """The first ``limit`` witnesses formatted, and how many more there are."""
    shown = [format_pattern(w[0]) if len(w) == 1 else
             format_pattern(Ctor("(,)", tuple(w))) for w in witnesses[:limit]]
    return shown, max(0, len(witnesses) - limit)
