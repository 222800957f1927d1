"""`mesh run [PATH] [options] [-- ARGS]`: build into the cache, then exec the program.

The program replaces the `mesh` process (exec), so its exit status, signals
and standard streams are exactly its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import settings as settings_mod
from ..cache import BuildCache, cache_key, cache_root
from ..compiler import Compilation
from ..errors import ToolError
from ..options import BuildOptions, build_options
from ..paths import Target, llvm_ir_path, resolve_target
from ..target import check_target
from ..timings import Timings
from .context import Context


def run(ns: argparse.Namespace, ctx: Context) -> int:
    check_target(ns.target)
    target = resolve_target(ns.path)
    options = build_options(ns, settings_mod.RUN_DEFAULT_OPT_LEVEL)
    timings = Timings()
    compilation = Compilation(target, ctx.reporter, timings,
                              ctx.settings.check_cache_dir(target.directory if target.is_project else None))
    try:
        sources = compilation.discover()
        with timings.measure("cache lookup"):
            cache = _cache_for(target, ctx)
            key = cache_key([(sf.module, sf.path, sf.text) for sf in sources],
                            options.cache_fields() + ctx.settings.linker_env,
                            target.is_project)
            exe = _lookup(cache, key, target.name, options)
        if exe is not None:
            if ctx.settings.verbose:
                ctx.reporter.status("Cache hit", str(exe))
        else:
            exe = _build_into_cache(compilation, sources, cache, key, target, options)
            ctx.reporter.summary(target.label, failed=False)
            if ctx.settings.verbose:
                ctx.reporter.status("Compiled", str(exe))
    finally:
        if options.timings:
            ctx.reporter.note(timings.render())
    return _exec(str(exe), ns.program_args)


def _cache_for(target: Target, ctx: Context) -> BuildCache:
    if target.is_project:
        return BuildCache(cache_root(target.directory, ctx.settings),
                          settings_mod.PROJECT_CACHE_MAX_ENTRIES)
    return BuildCache(cache_root(None, ctx.settings), settings_mod.USER_CACHE_MAX_ENTRIES)


def _lookup(cache: BuildCache, key: str, name: str, options: BuildOptions) -> Path | None:
    exe = cache.lookup(key, name)
    if exe is not None and options.emit_llvm and not llvm_ir_path(exe).is_file():
        return None  # that build was made without its IR
    return exe


def _build_into_cache(compilation: Compilation, sources, cache: BuildCache, key: str,
                      target: Target, options: BuildOptions) -> Path:
    program = compilation.check(sources)
    try:
        staged = cache.staging_path(key, target.name)
    except OSError as exc:
        raise ToolError(f"cannot create the build cache in '{cache.root}': {exc.strerror}") from None
    llvm = llvm_ir_path(cache.entry(key, target.name)) if options.emit_llvm else None
    try:
        compilation.build(program, staged, options, llvm, sources)
        return cache.publish(staged, key, target.name)
    finally:
        if staged.exists():
            staged.unlink()


def _exec(exe: str, args: list[str]) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execv(exe, [exe, *args])
    except OSError as exc:
        raise ToolError(f"could not run '{exe}': {exc.strerror}") from None
    return 0  # not reached: execv replaces this process
