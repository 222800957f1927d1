"""Diagnostics are data: one small type shared by every phase of the compiler.

Every phase (lexer, parser, resolver, type checker, code generator, build tool)
reports problems as :class:`Diagnostic` values; rendering them (terminal text,
plain text, JSON lines) is done by :mod:`mesh_syntax.render`.  Spans are byte
offsets into the source text of one file.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open byte range ``[start, end)`` in one file."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def cover(self, other: "Span") -> "Span":
        return Span(min(self.start, other.start), max(self.end, other.end))

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Label:
    """A span with a short text. The primary label gets carets, others dashes."""

    span: Span
    message: str = ""
    file: str | None = None  # None: the diagnostic's own file


@dataclass(slots=True)
class Diagnostic:
    """One compiler message.

    ``code`` is stable (``P0001`` syntax, ``E0001``-``E0199`` errors,
    ``W0001``-``W0099`` warnings, ``C0001`` tool/build failures).  ``message``
    is one line and names the entities involved in backticks.  ``file`` is the
    path as shown to the user (relative to the project directory), or None
    for diagnostics that are not about a source file (C0001).
    """

    code: str
    message: str
    file: str | None
    primary: Label | None
    secondary: list[Label] = field(default_factory=list)
    help: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fix: str | None = None
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple:
        start = self.primary.span.start if self.primary else -1
        return (self.file or "", start)


def error(code: str, message: str, file: str | None, span: Span | None,
          label: str = "", **kw) -> Diagnostic:
    """Shorthand for an error with a primary label."""
    primary = Label(span, label) if span is not None else None
    return Diagnostic(code, message, file, primary, **kw)


def warning(code: str, message: str, file: str | None, span: Span | None,
            label: str = "", **kw) -> Diagnostic:
    primary = Label(span, label) if span is not None else None
    return Diagnostic(code, message, file, primary, severity=Severity.WARNING, **kw)
