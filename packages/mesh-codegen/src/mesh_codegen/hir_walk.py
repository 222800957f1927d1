"""Generic traversal of the typed tree: children of any HIR node, by its dataclass fields.

Written against the field values rather than a list of node kinds so that new
HIR node kinds are walked without changes here.
"""

from __future__ import annotations

from collections.abc import Iterator

from mesh_types import hir

_NODE_TYPES = (hir.Expr, hir.Let, hir.ExprStmt, hir.Pattern, hir.Arm)


def _slots(cls: type) -> Iterator[str]:
    for klass in cls.__mro__:
        yield from getattr(klass, "__slots__", ())


def children(node: object) -> Iterator[object]:
    for name in _slots(type(node)):
        value = getattr(node, name, None)
        if isinstance(value, _NODE_TYPES):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, _NODE_TYPES))


def walk(node: object) -> Iterator[object]:
    """``node`` and all nodes below it, parents first."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(children(current))))
