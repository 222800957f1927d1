"""Lossless syntax tree, rowan-style.

Green layer: immutable, position-free :class:`GreenToken` / :class:`GreenNode`
values that know only their kind, text/children and byte width.
Red layer: :class:`SyntaxNode` / :class:`SyntaxToken` cursors that add a parent
and an absolute byte offset, computed on demand while walking down.
Printing a tree (``node.text()``) returns the source byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator

from .diagnostics import Span
from .syntax_kind import SyntaxKind
from .text import utf8_len


class GreenToken:
    __slots__ = ("kind", "text", "width")

    def __init__(self, kind: SyntaxKind, text: str, width: int | None = None) -> None:
        self.kind = kind
        self.text = text
        self.width = utf8_len(text) if width is None else width

    def __repr__(self) -> str:
        return f"GreenToken({self.kind.name}, {self.text!r})"


class GreenNode:
    __slots__ = ("children", "kind", "width")

    def __init__(self, kind: SyntaxKind, children: tuple[GreenNode | GreenToken, ...]) -> None:
        self.kind = kind
        self.children = children
        self.width = sum(c.width for c in children)

    def text(self) -> str:
        parts: list[str] = []
        stack: list = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, GreenToken):
                parts.append(item.text)
            else:
                stack.extend(reversed(item.children))
        return "".join(parts)

    def __repr__(self) -> str:
        return f"GreenNode({self.kind.name}, width={self.width})"


class GreenBuilder:
    """Builds a green tree from start/token/finish calls, with checkpoints so a
    Pratt parser can wrap an already-built left operand in a new node."""

    def __init__(self) -> None:
        self._parents: list[tuple[SyntaxKind, int]] = []
        self._children: list[GreenNode | GreenToken] = []

    def start_node(self, kind: SyntaxKind) -> None:
        self._parents.append((kind, len(self._children)))

    def checkpoint(self) -> int:
        return len(self._children)

    def start_node_at(self, checkpoint: int, kind: SyntaxKind) -> None:
        assert checkpoint <= len(self._children)
        self._parents.append((kind, checkpoint))

    def token(self, kind: SyntaxKind, text: str, width: int | None = None) -> None:
        self._children.append(GreenToken(kind, text, width))

    def finish_node(self) -> None:
        kind, first = self._parents.pop()
        children = tuple(self._children[first:])
        del self._children[first:]
        self._children.append(GreenNode(kind, children))

    @property
    def depth(self) -> int:
        return len(self._parents)

    def finish(self) -> GreenNode:
        while self._parents:
            self.finish_node()
        assert len(self._children) == 1 and isinstance(self._children[0], GreenNode)
        return self._children[0]


class SyntaxToken:
    """A token with its position in the tree."""

    __slots__ = ("green", "index", "offset", "parent")

    def __init__(self, green: GreenToken, parent: SyntaxNode | None, offset: int,
                 index: int) -> None:
        self.green = green
        self.parent = parent
        self.offset = offset
        self.index = index

    @property
    def kind(self) -> SyntaxKind:
        return self.green.kind

    @property
    def text(self) -> str:
        return self.green.text

    @property
    def span(self) -> Span:
        return Span(self.offset, self.offset + self.green.width)

    def next_sibling_or_token(self) -> SyntaxNode | SyntaxToken | None:
        return self.parent._child_at(self.index + 1) if self.parent else None

    def prev_sibling_or_token(self) -> SyntaxNode | SyntaxToken | None:
        return self.parent._child_at(self.index - 1) if self.parent else None

    def __repr__(self) -> str:
        return f"{self.kind.name}@{self.offset}..{self.offset + self.green.width} {self.text!r}"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SyntaxToken) and other.green is self.green
                and other.offset == self.offset)

    def __hash__(self) -> int:
        return hash((id(self.green), self.offset))


class SyntaxNode:
    """A node with its position in the tree (a cursor over the green tree)."""

    __slots__ = ("green", "index", "offset", "parent")

    def __init__(self, green: GreenNode, parent: SyntaxNode | None = None, offset: int = 0,
                 index: int = 0) -> None:
        self.green = green
        self.parent = parent
        self.offset = offset
        self.index = index

    @property
    def kind(self) -> SyntaxKind:
        return self.green.kind

    @property
    def span(self) -> Span:
        return Span(self.offset, self.offset + self.green.width)

    def text(self) -> str:
        return self.green.text()

    def children_with_tokens(self) -> Iterator[SyntaxNode | SyntaxToken]:
        offset = self.offset
        for i, child in enumerate(self.green.children):
            if isinstance(child, GreenNode):
                yield SyntaxNode(child, self, offset, i)
            else:
                yield SyntaxToken(child, self, offset, i)
            offset += child.width

    def children(self) -> Iterator[SyntaxNode]:
        offset = self.offset
        for i, child in enumerate(self.green.children):
            if isinstance(child, GreenNode):
                yield SyntaxNode(child, self, offset, i)
            offset += child.width

    def _child_at(self, index: int) -> SyntaxNode | SyntaxToken | None:
        children = self.green.children
        if not 0 <= index < len(children):
            return None
        offset = self.offset + sum(c.width for c in children[:index])
        child = children[index]
        if isinstance(child, GreenNode):
            return SyntaxNode(child, self, offset, index)
        return SyntaxToken(child, self, offset, index)

    def next_sibling_or_token(self) -> SyntaxNode | SyntaxToken | None:
        return self.parent._child_at(self.index + 1) if self.parent else None

    def prev_sibling_or_token(self) -> SyntaxNode | SyntaxToken | None:
        return self.parent._child_at(self.index - 1) if self.parent else None

    def descendants(self) -> Iterator[SyntaxNode]:
        """This node and every node below it, in preorder."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(list(node.children())))

    def descendant_tokens(self) -> Iterator[SyntaxToken]:
        for node in self.descendants():
            for child in node.children_with_tokens():
                if isinstance(child, SyntaxToken):
                    yield child

    def tokens(self) -> Iterator[SyntaxToken]:
        """Every token below this node in source order (iterative: trees of long
        left-associative chains are thousands of levels deep)."""
        stack: list[Iterator[SyntaxNode | SyntaxToken]] = [self.children_with_tokens()]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
            elif isinstance(child, SyntaxToken):
                yield child
            else:
                stack.append(child.children_with_tokens())

    def first_token(self) -> SyntaxToken | None:
        return next(self.tokens(), None)

    def last_token(self) -> SyntaxToken | None:
        last = None
        for last in self.tokens():
            pass
        return last

    def ancestors(self) -> Iterator[SyntaxNode]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def covering_element(self, offset: int) -> SyntaxNode | SyntaxToken:
        """The deepest element whose span contains byte ``offset``."""
        node = self
        while True:
            for child in node.children_with_tokens():
                sp = child.span
                if sp.start <= offset < sp.end:
                    if isinstance(child, SyntaxToken):
                        return child
                    node = child
                    break
            else:
                return node

    def debug_dump(self) -> str:
        """Indented tree dump, one element per line: ``KIND@start..end "text"``."""
        lines: list[str] = []
        stack: list[tuple[SyntaxNode | SyntaxToken, int]] = [(self, 0)]
        while stack:
            element, depth = stack.pop()
            pad = "  " * depth
            if isinstance(element, SyntaxToken):
                lines.append(f"{pad}{element!r}")
                continue
            lines.append(f"{pad}{element!r}")
            children = list(element.children_with_tokens())
            stack.extend((c, depth + 1) for c in reversed(children))
        return "\n".join(lines) + "\n"

    def __repr__(self) -> str:
        return f"{self.kind.name}@{self.offset}..{self.offset + self.green.width}"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SyntaxNode) and other.green is self.green
                and other.offset == self.offset)

    def __hash__(self) -> int:
        return hash((id(self.green), self.offset))
