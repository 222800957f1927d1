"""`mesh check [PATH]`: parse and type-check only; no LLVM involved."""

from __future__ import annotations

import argparse

from ..compiler import Compilation
from ..paths import resolve_target
from ..timings import Timings
from .context import Context


def run(ns: argparse.Namespace, ctx: Context) -> int:
    target = resolve_target(ns.path)
    compilation = Compilation(target, ctx.reporter, Timings(),
                              ctx.settings.check_cache_dir(target.directory if target.is_project else None))
    sources = compilation.discover()
    compilation.check(sources)
    ctx.reporter.summary(target.label, failed=False)
    ctx.reporter.status("Checked", target.given)
    return 0
