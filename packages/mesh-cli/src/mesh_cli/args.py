"""Command-line grammar of `mesh` (spec 15 §1).

Only parsing lives here: the result is an ``argparse.Namespace`` whose
``command`` names the subcommand.  Usage errors exit with status 1 and an
``error: ...`` line, like every other tool error (spec 15 §1.2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__

# Subcommands that are specified but not written yet; they parse their
# documented arguments (so --help works) and then report that plainly.
NOT_IMPLEMENTED = ("test", "fmt", "lsp", "repl", "deps", "migrate")


class UsageError(Exception):
    """A malformed command line; the message is shown as `error: ...`."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit 2
        raise UsageError(message, self.format_usage())


def _add_format_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("human", "json"), default="human",
                   help="diagnostics as human-readable text (default) or JSON lines")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help="same as --format json")
    p.add_argument("--no-color", action="store_true",
                   help="no ANSI colours (implied when stderr is not a terminal)")


def _add_build_options(p: argparse.ArgumentParser, default_opt: int) -> None:
    p.add_argument("path", nargs="?", default=".", metavar="PATH",
                   help="a project directory (with main.mpl) or a single .mpl file (default: .)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the executable")
    level = p.add_mutually_exclusive_group()
    level.add_argument("--opt-level", type=int, choices=(0, 1, 2, 3), metavar="N",
                       help=f"LLVM optimisation level 0-3 (default {default_opt})")
    level.add_argument("--release", action="store_true", help="same as --opt-level 2")
    level.add_argument("--debug", action="store_true",
                       help="same as --opt-level 0, with debug information")
    p.add_argument("--target", metavar="TRIPLE",
                   help="target triple; only the host's is supported")
    p.add_argument("--emit-llvm", action="store_true",
                   help="also write the LLVM IR next to the executable (.ll)")
    p.add_argument("--timings", action="store_true",
                   help="print how long each compiler phase took")
    _add_format_options(p)


def build_parser() -> argparse.ArgumentParser:
    top = _Parser(prog="mesh", description="The Mesh compiler and tools.")
    top.add_argument("--version", action="version", version=f"mesh {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = sub.add_parser("new", aliases=["init"], help="create a project",
                         description="Create a project directory NAME with mesh.toml and main.mpl.")
    new.add_argument("name", metavar="NAME")

    build = sub.add_parser("build", help="compile to a native executable",
                           description="Compile a project or file to a native executable.")
    _add_build_options(build, default_opt=0)

    run = sub.add_parser("run", help="build (to a cache) and execute",
                         usage="mesh run [PATH] [options] [-- ARGS...]",
                         description="Build a project or file into a cache and run it; "
                                     "arguments after `--` are passed to the program, whose "
                                     "exit status becomes mesh's.")
    _add_build_options(run, default_opt=2)

    check = sub.add_parser("check", help="parse and type-check only",
                           description="Parse and type-check a project or file; no code is generated.")
    check.add_argument("path", nargs="?", default=".", metavar="PATH")
    _add_format_options(check)

    # Specified commands that are not implemented yet.
    p = sub.add_parser("test", help="run *.test.mpl files (not implemented yet)")
    p.add_argument("paths", nargs="*", metavar="PATHS")
    p = sub.add_parser("fmt", help="format sources (not implemented yet)")
    p.add_argument("--check", action="store_true")
    p.add_argument("--line-width", type=int, default=100, metavar="N")
    p.add_argument("--indent-size", type=int, default=2, metavar="N")
    p.add_argument("paths", nargs="*", metavar="PATHS")
    sub.add_parser("lsp", help="language server on stdin/stdout (not implemented yet)")
    sub.add_parser("repl", help="interactive REPL (not implemented yet)",
                   description="Interactive REPL for Mesh (not implemented yet).")
    p = sub.add_parser("deps", help="fetch dependencies, write mesh.lock (not implemented yet)")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR")
    p = sub.add_parser("migrate", help="database migrations (not implemented yet)")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR")
    p.add_argument("action", nargs="*", metavar="up|down|status|generate NAME")
    return top


def split_program_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate `mesh run ... -- ARGS`: everything after the first `--` is the program's."""
    argv = list(argv)
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse a command line (without the program name)."""
    own, program_args = split_program_args(argv)
    ns = build_parser().parse_args(own)
    if ns.command == "init":
        ns.command = "new"
    if program_args and ns.command != "run":
        raise UsageError("arguments after `--` are only accepted by `mesh run`",
                         "usage: mesh run [PATH] [options] [-- ARGS...]\n")
    ns.program_args = program_args
    return ns


def print_top_help(stream=None) -> None:
    build_parser().print_help(stream or sys.stdout)
