"""Build options as the compiler sees them, derived from a parsed command line."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from . import settings


@dataclass(frozen=True)
class BuildOptions:
    opt_level: int
    debug: bool          # emit debug information (`--debug`)
    emit_llvm: bool
    timings: bool

    def cache_fields(self) -> tuple:
        """The options that change the executable, hence part of the cache key."""
        return (self.opt_level, self.debug)


def build_options(ns: argparse.Namespace, default_opt_level: int) -> BuildOptions:
    if ns.release:
        level = settings.RELEASE_OPT_LEVEL
    elif ns.debug:
        level = settings.DEBUG_OPT_LEVEL
    elif ns.opt_level is not None:
        level = ns.opt_level
    else:
        level = default_opt_level
    return BuildOptions(opt_level=level, debug=bool(ns.debug),
                        emit_llvm=bool(ns.emit_llvm), timings=bool(ns.timings))
