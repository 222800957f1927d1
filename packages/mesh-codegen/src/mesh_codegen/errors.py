"""The one exception code generation raises: a build failure carrying a C0001 diagnostic."""

from __future__ import annotations

from mesh_syntax.diagnostics import Diagnostic, Span, error

CODE = "C0001"


class BuildError(Exception):
    """A failure after type checking: unsupported construct, LLVM or linker error.

    ``diagnostic`` is what the CLI renders; the exception text is its message.
    """

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def build_error(message: str, *, file: str | None = None, span: Span | None = None,
                notes: list[str] | None = None, help: list[str] | None = None) -> BuildError:
    diag = error(CODE, message, file, span, notes=list(notes or []), help=list(help or []))
    return BuildError(diag)


def unsupported(what: str, *, file: str | None = None, span: Span | None = None) -> BuildError:
    """A language feature the type checker accepts but codegen cannot compile yet."""
    return build_error(f"code generation does not support {what} yet", file=file, span=span)
