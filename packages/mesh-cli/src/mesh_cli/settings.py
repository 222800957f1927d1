"""Every setting and environment variable the `mesh` command reads.

No other module of ``mesh_cli`` looks at ``os.environ``: they receive a
:class:`Settings` value instead, which keeps behaviour testable and the set
of knobs discoverable in one place.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# Default LLVM optimisation levels (spec 15 §1.1): debug builds by default,
# optimised code for `mesh run`, whose output is used right away.
BUILD_DEFAULT_OPT_LEVEL = 0
RUN_DEFAULT_OPT_LEVEL = 2
RELEASE_OPT_LEVEL = 2
DEBUG_OPT_LEVEL = 0

# Where a project keeps its build cache (spec 15 §1.2), relative to its directory.
PROJECT_CACHE_DIR = Path(".mesh") / "build"
# Where the per-module type-check cache lives: in the project, or under the
# per-user cache for single files.
PROJECT_CHECK_CACHE_DIR = Path(".mesh") / "check"
USER_CHECK_CACHE_SUBDIR = "check"

# How many cached executables to keep: a project rarely needs more than a
# debug and a release build; the per-user cache serves many single files.
PROJECT_CACHE_MAX_ENTRIES = 4
USER_CACHE_MAX_ENTRIES = 64


def _flag(value: str | None) -> bool:
    return value is not None and value.strip().lower() not in ("", "0", "false", "no", "off")


@dataclass(frozen=True)
class Settings:
    backtrace: bool            # MESH_BACKTRACE=1: show Python tracebacks of compiler crashes
    verbose: bool              # MESH_VERBOSE=1: say whether `mesh run` hit the cache
    no_color_env: bool         # NO_COLOR set (https://no-color.org convention)
    user_cache_dir: Path       # per-user cache for single-file `mesh run`
    stderr_is_tty: bool
    linker_env: tuple[str, str]  # MESH_CC and CC: they pick the linker, so they key the cache

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None,
                         stderr_is_tty: bool | None = None) -> Settings:
        env = os.environ if env is None else env
        if env.get("MESH_CACHE_DIR"):
            cache = Path(env["MESH_CACHE_DIR"])
        elif env.get("XDG_CACHE_HOME"):
            cache = Path(env["XDG_CACHE_HOME"]) / "mesh"
        else:
            home = env.get("HOME") or str(Path.home())
            cache = Path(home) / ".cache" / "mesh"
        if stderr_is_tty is None:
            stderr_is_tty = sys.stderr.isatty()
        return cls(
            backtrace=_flag(env.get("MESH_BACKTRACE")),
            verbose=_flag(env.get("MESH_VERBOSE")),
            no_color_env="NO_COLOR" in env and env["NO_COLOR"] != "",
            user_cache_dir=cache,
            stderr_is_tty=stderr_is_tty,
            linker_env=(env.get("MESH_CC", ""), env.get("CC", "")),
        )

    def check_cache_dir(self, project_dir: Path | None) -> Path:
        """The per-module check cache of a project (None: a single file)."""
        if project_dir is not None:
            return project_dir / PROJECT_CHECK_CACHE_DIR
        return self.user_cache_dir / USER_CHECK_CACHE_SUBDIR

    def use_color(self, no_color_flag: bool, json_output: bool) -> bool:
        """Colours only on a terminal, never with --no-color, NO_COLOR or JSON (spec 15 §1.1)."""
        return self.stderr_is_tty and not (no_color_flag or json_output or self.no_color_env)
