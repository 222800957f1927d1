"""Diagnostic rendering: the human format of chapter 06 §2 and the JSON lines of
chapter 15 §3.

    error[E0001]: expected `Int`, got `String`
      --> app/main.mpl:4:18
       |
     4 |   let limit :: Int = "ten"
       |                ---   ^^^^^ this has type `String`
       |                |
       |                expected `Int` because of this annotation
       |
       = help: convert the text with `String.to_int`, which returns `Int?`
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from .diagnostics import Diagnostic, Label, Severity
from .suggest import edit_distance, suggest
from .text import LineIndex, encode

__all__ = ["edit_distance", "render", "render_one", "suggest", "to_json"]

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_RED = "\x1b[1;31m"
_YELLOW = "\x1b[1;33m"
_BLUE = "\x1b[1;34m"
_CYAN = "\x1b[1;36m"
_TAB = "    "


class _Style:
    def __init__(self, color: bool, severity: Severity) -> None:
        self.color = color
        self.main = _RED if severity is Severity.ERROR else _YELLOW

    def paint(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.color and text else text


@dataclass
class _Mark:
    """One label's markers on one displayed line (columns are display columns)."""

    start: int
    end: int
    primary: bool
    message: str


def render(diagnostics: list[Diagnostic], sources: Mapping[str, str],
           color: bool = False) -> str:
    """All diagnostics in the human format, separated by blank lines."""
    indexes: dict[str, LineIndex] = {}
    parts = [render_one(d, sources, color, indexes) for d in diagnostics]
    return "\n".join(parts)


def render_one(diag: Diagnostic, sources: Mapping[str, str], color: bool = False,
               indexes: dict[str, LineIndex] | None = None) -> str:
    """One diagnostic, ending with a newline."""
    indexes = {} if indexes is None else indexes
    style = _Style(color, diag.severity)
    head = style.paint(f"{diag.severity.value}[{diag.code}]", style.main)
    message = style.paint(f": {diag.message}", _BOLD) if color else f": {diag.message}"
    lines = [head + message]

    # group labels by file; the diagnostic's own file first
    groups: dict[str | None, list[tuple[Label, bool]]] = {}
    if diag.primary is not None:
        groups.setdefault(diag.primary.file or diag.file, []).append((diag.primary, True))
    for lab in diag.secondary:
        groups.setdefault(lab.file or diag.file, []).append((lab, False))

    frames: list[tuple[str | None, LineIndex | None, list[tuple[Label, bool]]]] = []
    for file, labels in groups.items():
        source = sources.get(file) if file is not None else None
        index = None
        if source is not None:
            index = indexes.get(file)
            if index is None or index.text is not source:
                index = indexes[file] = LineIndex(source)
        frames.append((file, index, labels))

    max_line = 1
    for _file, index, labels in frames:
        if index is not None:
            for lab, _ in labels:
                max_line = max(max_line, index.line_col(lab.span.end)[0])
    width = len(str(max_line))
    gutter = style.paint(" " * (width + 1) + " |", _BLUE)

    for n, (file, index, labels) in enumerate(frames):
        anchor = next((lab for lab, prim in labels if prim), labels[0][0])
        arrow = "-->" if n == 0 else ":::"
        where = file or "<unknown>"
        if index is not None:
            line, col = index.line_col(anchor.span.start)
            where = f"{where}:{line}:{col}"
        lines.append(" " * (width + 1) + style.paint(arrow, _BLUE) + " " + where)
        if index is None:
            continue
        lines.append(gutter)
        lines.extend(_frame(index, labels, width, style))
    if diag.help or diag.notes:
        if frames and any(index is not None for _f, index, _l in frames):
            lines.append(gutter)
        for h in diag.help:
            lines.append(" " * (width + 2) + style.paint("= help", _BOLD) + f": {h}")
        for note in diag.notes:
            lines.append(" " * (width + 2) + style.paint("= note", _BOLD) + f": {note}")
    return "\n".join(lines) + "\n"


def _display(index: LineIndex, line: int) -> str:
    return index.line_text(line).replace("\t", _TAB)


def _display_col(index: LineIndex, line: int, offset: int) -> int:
    start, _end = index.line_span(line)
    text = index.line_text(line)
    col = index.col_of(line, offset)
    return len(text[:col].replace("\t", _TAB))


def _frame(index: LineIndex, labels: list[tuple[Label, bool]], width: int,
           style: _Style) -> list[str]:
    """Source lines with their markers and label texts."""
    marks: dict[int, list[_Mark]] = {}
    for lab, primary in labels:
        first, _ = index.line_col(lab.span.start)
        last, _ = index.line_col(lab.span.end)
        if last > first and index.line_span(last)[0] == lab.span.end:
            last -= 1  # a span ending exactly at a line start ends on the line before
        if first == last:
            s = _display_col(index, first, lab.span.start)
            e = _display_col(index, first, lab.span.end)
            marks.setdefault(first, []).append(_Mark(s, max(e, s + 1), primary, lab.message))
        else:
            s = _display_col(index, first, lab.span.start)
            line_len = len(_display(index, first))
            marks.setdefault(first, []).append(_Mark(s, max(line_len, s + 1), primary, ""))
            text = _display(index, last)
            indent = len(text) - len(text.lstrip())
            e = _display_col(index, last, lab.span.end)
            marks.setdefault(last, []).append(
                _Mark(indent, max(e, indent + 1), primary, lab.message))

    out: list[str] = []
    shown = sorted(marks)
    previous = None
    for line in shown:
        if previous is not None and line - previous == 2:
            out.append(_source_line(index, previous + 1, width, style))
        elif previous is not None and line - previous > 2:
            out.append(style.paint("...", _BLUE))
        out.append(_source_line(index, line, width, style))
        out.extend(_marker_lines(sorted(marks[line], key=lambda m: (m.start, m.end)), width,
                                 style))
        previous = line
    return out


def _source_line(index: LineIndex, line: int, width: int, style: _Style) -> str:
    num = style.paint(f" {line:>{width}} |", _BLUE)
    text = _display(index, line)
    return f"{num} {text}" if text else num


def _marker_lines(marks: list[_Mark], width: int, style: _Style) -> list[str]:
    gutter = style.paint(" " * (width + 1) + " |", _BLUE)
    row: list[str] = []
    colors: list[str | None] = []

    def put(col: int, ch: str, code: str | None) -> None:
        while len(row) <= col:
            row.append(" ")
            colors.append(None)
        row[col] = ch
        colors[col] = code

    for m in marks:
        code = style.main if m.primary else _BLUE
        for c in range(m.start, m.end):
            put(c, "^" if m.primary else "-", code)
    last = marks[-1]
    text = _paint_row(row, colors, style)
    if last.message:
        text += " " + style.paint(last.message, style.main if last.primary else _BLUE)
    lines = [f"{gutter} {text}"]

    hanging = [m for m in marks[:-1] if m.message]
    for i in range(len(hanging) - 1, -1, -1):
        m = hanging[i]
        left = hanging[:i]
        if i == len(hanging) - 1:
            bars = _bars(left + [m])
            lines.append(f"{gutter} {style.paint(bars, _BLUE)}")
        prefix = _bars(left).ljust(m.start)
        lines.append(f"{gutter} {style.paint(prefix, _BLUE)}"
                     f"{style.paint(m.message, style.main if m.primary else _BLUE)}")
    return [line.rstrip() for line in lines]


def _bars(marks: list[_Mark]) -> str:
    row = []
    for m in marks:
        while len(row) <= m.start:
            row.append(" ")
        row[m.start] = "|"
    return "".join(row)


def _paint_row(row: list[str], colors: list[str | None], style: _Style) -> str:
    if not style.color:
        return "".join(row)
    out = []
    for ch, code in zip(row, colors):
        out.append(style.paint(ch, code) if code and ch != " " else ch)
    return "".join(out)


def to_json(diag: Diagnostic, source: str | None = None) -> str:
    """One JSON line (chapter 15 §3): code, severity, message, file, spans, fix.

    Spans are byte offsets with ``end > start``; an empty span is widened to the
    byte after it (or before it, at the end of the file)."""
    size = len(encode(source)) if source is not None else None
    spans = []
    labels = ([diag.primary] if diag.primary else []) + list(diag.secondary)
    for lab in labels:
        start, end = lab.span.start, lab.span.end
        if end <= start:
            if size is None or start < size:
                end = start + 1
            elif start > 0:
                start -= 1
        spans.append({"start": start, "end": end, "label": lab.message})
    return json.dumps({"code": diag.code, "severity": diag.severity.value,
                       "message": diag.message, "file": diag.file, "spans": spans,
                       "fix": diag.fix}, ensure_ascii=False, separators=(",", ":"))
