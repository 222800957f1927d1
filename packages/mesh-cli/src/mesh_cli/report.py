"""Everything the CLI writes to stderr about a compilation.

Human mode: rendered diagnostics (spec 06 §2), then one summary line.
JSON mode: one JSON object per diagnostic per line and nothing else, so a
tool can parse stderr line by line (spec 15 §3); tool errors become C0001
diagnostics there too.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from mesh_syntax.diagnostics import Diagnostic, Severity

TOOL_ERROR_CODE = "C0001"

_RED_BOLD = "\x1b[1;31m"
_YELLOW_BOLD = "\x1b[1;33m"
_GREEN_BOLD = "\x1b[1;32m"
_RESET = "\x1b[0m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class Reporter:
    def __init__(self, *, json: bool, color: bool, stream: TextIO | None = None) -> None:
        self.json = json
        self.color = color and not json
        self.stream = stream if stream is not None else sys.stderr
        self.errors = 0
        self.warnings = 0

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def _paint(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.color else text

    def diagnostics(self, diags: Sequence[Diagnostic], sources: Mapping[str, str]) -> None:
        if not diags:
            return
        ordered = list(diags)  # the checker already orders them (spec 06 §1)
        for d in ordered:
            if d.severity is Severity.ERROR:
                self.errors += 1
            else:
                self.warnings += 1
        from mesh_syntax.render import (  # only when there is something to show
            render,
            to_json,
        )

        if self.json:
            for d in ordered:
                source = sources.get(d.file) if d.file is not None else None
                self._write(to_json(d, source).rstrip("\n") + "\n")
            return
        text = render(list(ordered), sources, self.color)
        self._write(text.rstrip("\n") + "\n\n")

    def tool_error(self, message: str) -> None:
        """`error: <message>` (or a C0001 JSON line)."""
        self.errors += 1
        if self.json:
            from mesh_syntax.render import to_json

            diag = Diagnostic(TOOL_ERROR_CODE, message, None, None)
            self._write(to_json(diag, None).rstrip("\n") + "\n")
        else:
            self._write(f"{self._paint('error', _RED_BOLD)}: {message}\n")

    def summary(self, label: str, failed: bool) -> None:
        """The closing line after diagnostics, as Rust-style compilers print it."""
        if self.json:
            return
        if failed:
            count = "" if self.errors == 0 else f" due to {_plural(self.errors, 'previous error')}"
            extra = f"; {_plural(self.warnings, 'warning')} emitted" if self.warnings else ""
            self._write(f"{self._paint('error', _RED_BOLD)}: could not compile `{label}`{count}{extra}\n")
        elif self.warnings:
            self._write(f"{self._paint('warning', _YELLOW_BOLD)}: `{label}` generated "
                        f"{_plural(self.warnings, 'warning')}\n")

    def status(self, verb: str, what: str) -> None:
        """A progress line such as `  Compiled: proj/proj` (human mode only)."""
        if not self.json:
            self._write(f"  {self._paint(verb + ':', _GREEN_BOLD)} {what}\n")

    def note(self, text: str) -> None:
        if not self.json:
            self._write(text.rstrip("\n") + "\n")
