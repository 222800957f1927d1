"""Entry point of the `mesh` and `meshc` commands.

Exit status (spec 15 §1.2): 0 success, 1 compile or tool error; `mesh run`
ends with the program's own status.  No Python traceback reaches the user:
an unexpected exception is an internal compiler error (C0001) unless
MESH_BACKTRACE=1 asks for the traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from .args import NOT_IMPLEMENTED, UsageError, parse, print_top_help
from .errors import CompileFailed, ToolError

EXIT_OK = 0
EXIT_FAILURE = 1


def _command_module(name: str):
    # Imported on demand: `mesh new` and `--help` need no compiler packages.
    if name in NOT_IMPLEMENTED:
        from .commands import unimplemented as module
    elif name == "new":
        from .commands import new as module
    elif name == "build":
        from .commands import build as module
    elif name == "run":
        from .commands import run as module
    elif name == "check":
        from .commands import check as module
    else:  # pragma: no cover - argparse only yields the names above
        raise ToolError(f"unknown command `{name}`")
    return module


def _internal_error(exc: BaseException, reporter) -> None:
    """Report a compiler crash as a C0001 diagnostic asking for a bug report."""
    from mesh_syntax.diagnostics import Diagnostic

    summary = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    diag = Diagnostic(
        "C0001", f"internal compiler error: {summary}", None, None,
        help=[("this is a bug in the Mesh compiler, not in your program; please report it "
               "with the source that triggers it"),
              "run again with MESH_BACKTRACE=1 to include the compiler's backtrace"])
    try:
        reporter.diagnostics([diag], {})
    except Exception:  # noqa: BLE001 - the renderer itself is broken: plain text
        sys.stderr.write(f"error[C0001]: {diag.message}\n  = help: {diag.help[0]}\n")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        ns = parse(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc.usage}error: {exc}\n")
        return EXIT_FAILURE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    if ns.command is None:
        print_top_help(sys.stderr)
        return EXIT_FAILURE

    from .commands.context import Context
    from .report import Reporter
    from .settings import Settings

    settings = Settings.from_environment()
    json_output = getattr(ns, "format", "human") == "json"
    color = settings.use_color(getattr(ns, "no_color", False), json_output)
    reporter = Reporter(json=json_output, color=color)
    try:
        module = _command_module(ns.command)
        return module.run(ns, Context(settings, reporter))
    except ToolError as exc:
        reporter.tool_error(str(exc))
        return EXIT_FAILURE
    except CompileFailed:
        reporter.summary(_label(ns), failed=True)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - any crash becomes a C0001 report
        if settings.backtrace:
            traceback.print_exc()
        _internal_error(exc, reporter)
        reporter.summary(_label(ns), failed=True)
        return EXIT_FAILURE


def _label(ns) -> str:
    from pathlib import Path

    given = getattr(ns, "path", ".") or "."
    path = Path(given)
    if path.is_dir():
        return path.resolve().name or given
    return path.name


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
