"""Mesh front end: lexer, lossless syntax tree, parser with recovery, diagnostics."""

from .diagnostics import Diagnostic, Label, Severity, Span
from .lexer import Token, lex, tokenize
from .parser import ParseResult, parse
from .syntax_kind import SyntaxKind
from .text import LineIndex
from .tree import SyntaxNode, SyntaxToken

__all__ = ["Diagnostic", "Label", "LineIndex", "ParseResult", "Severity", "Span",
           "SyntaxKind", "SyntaxNode", "SyntaxToken", "Token", "lex", "parse", "tokenize"]
