"""The Mesh parser: tokens -> lossless green tree + P0001 diagnostics.

Hand-written recursive descent (``items``, ``patterns``, ``types``) with a
Pratt loop for expressions (``exprs``); ``core`` holds the cursor, the
newline-mode stack and the tree builder.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Diagnostic
from ..lexer import tokenize
from ..tree import GreenNode, SyntaxNode
from .core import Parser
from .items import source_file


@dataclass(slots=True)
class ParseResult:
    """The red root of the tree and every syntax diagnostic, in source order."""

    root: SyntaxNode
    diagnostics: list[Diagnostic]

    @property
    def green(self) -> GreenNode:
        return self.root.green

    @property
    def ok(self) -> bool:
        return not self.diagnostics

    def source_file(self):
        """The root as a typed :class:`mesh_syntax.ast.SourceFile`."""
        from ..ast import SourceFile
        return SourceFile(self.root)


def parse(text: str, file: str | None = None, *, is_test: bool | None = None) -> ParseResult:
    """Parse one file.  ``test "…" do … end`` items are accepted when ``is_test``
    (default: ``file`` ends in ``.test.mpl``)."""
    if is_test is None:
        is_test = bool(file) and file.endswith(".test.mpl")
    lexed = tokenize(text, file)
    unterminated = any("unterminated" in d.message or "unclosed `${`" in d.message
                       for d in lexed.diagnostics)
    parser = Parser(lexed.tokens, file, is_test, unterminated)
    source_file(parser)
    green = parser.finish_tree()
    diagnostics = sorted(lexed.diagnostics + parser.diagnostics,
                         key=lambda d: d.primary.span.start if d.primary else -1)
    return ParseResult(SyntaxNode(green), diagnostics)
