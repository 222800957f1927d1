"""`mesh build [PATH] [-o OUT] [options]`: compile to a native executable (spec 15 §1.1-1.2)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import settings
from ..compiler import Compilation
from ..errors import ToolError
from ..options import build_options
from ..paths import check_writable_output, default_output, llvm_ir_path, resolve_target
from ..target import check_target
from ..timings import Timings
from .context import Context


def run(ns: argparse.Namespace, ctx: Context) -> int:
    check_target(ns.target)
    target = resolve_target(ns.path)
    options = build_options(ns, settings.BUILD_DEFAULT_OPT_LEVEL)
    output = Path(ns.output) if ns.output else default_output(target)
    check_writable_output(output)
    timings = Timings()
    compilation = Compilation(target, ctx.reporter, timings,
                              ctx.settings.check_cache_dir(target.directory if target.is_project else None))
    try:
        sources = compilation.discover()
        refuse_overwriting_sources(output, sources)
        program = compilation.check(sources)
        llvm = llvm_ir_path(output) if options.emit_llvm else None
        compilation.build(program, output, options, llvm, sources)
    finally:
        if options.timings:
            ctx.reporter.note(timings.render())
    ctx.reporter.summary(target.label, failed=False)
    ctx.reporter.status("Compiled", str(output))
    return 0


def refuse_overwriting_sources(output: Path, sources) -> None:
    """`-o main.mpl` would replace a source file with the executable."""
    target = output.resolve()
    for sf in sources:
        if Path(sf.path).resolve() == target:
            raise ToolError(f"the output '{output}' is a source file of the program; "
                            f"choose another path with -o")
