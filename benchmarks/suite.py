"""What is measured: each program with its references and goals, and the compile-time cases.

A program `programs/NAME.mpl` is compared with `reference/NAME.c` (built by
each C toolchain listed) and/or `reference/NAME.go`; every reference computes
the same thing with the same algorithm and prints the same output.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
REFERENCES = HERE / "reference"


@dataclass(frozen=True)
class ProgramBench:
    name: str
    what: str
    references: tuple[str, ...]                  # toolchain keys (toolchains.TOOLCHAINS)
    ratio_goal: tuple[str, float] | None = None  # (reference toolchain, largest Mesh/ref ratio)
    rss_goal_mib: float | None = None            # Mesh peak RSS must stay below

    @property
    def source(self) -> Path:
        return PROGRAMS / f"{self.name}.mpl"


PROGRAM_BENCHES: tuple[ProgramBench, ...] = (
    ProgramBench("fib", "naive fib(38), preemption checks compiled in", ("clang", "gcc"),
                 ratio_goal=("clang", 1.2)),
    ProgramBench("list_sum", "build a 1,000,000-element list by append, sum it", ("clang", "go")),
    ProgramBench("map_sum", "build a 1,000,000-entry map, look every key up", ("go",)),
    ProgramBench("strings", "1,000,000 string interpolations of Ints", ("clang", "go")),
    ProgramBench("float_strings", "1,000,000 interpolations of a Float", ("go",)),
    ProgramBench("alloc_churn", "build and drop 100M small lists and strings", ("clang",),
                 rss_goal_mib=64),
    ProgramBench("float_sum", "Leibniz series, 50M float steps in a tail loop", ("go",)),
    ProgramBench("tail_loop", "self tail call taken 200M times", ("clang",)),
)


@dataclass(frozen=True)
class CompileBench:
    name: str
    what: str
    mesh: list[str]                      # the timed `mesh` command
    prepare: list[str] | None            # run before each timed run (untimed), e.g. empty a cache
    references: tuple[tuple[str, list[str]], ...] = ()  # (label, command): the same work in C
    goal_s: float | None = None          # Mesh best time must stay below


def compile_benches(mesh: list[str], work: Path, single: Path, twins: dict[str, Path],
                    project: Path, edited_module: Path, cache: Path, lines: int,
                    modules: int) -> list[CompileBench]:
    """The compile-time cases over the generated sources in ``work``.

    ``twins`` maps a label suffix to a C twin of ``single`` (without and with
    Mesh's preemption checks, "+ checks"); their executables are ``compiled-c-<n>``.
    ``cache`` is the MESH_CACHE_DIR the commands run with: removing it (or the
    project's .mesh/) makes a cold run; a warm run finds what the warm-up stored."""
    out = work / "compiled"
    empty_cache = ["rm", "-rf", str(cache)]
    empty_project_cache = ["rm", "-rf", str(project / ".mesh")]
    edit = [sys.executable, str(HERE / "generate.py"), "touch", str(edited_module)]
    cases = []
    for level, flags in (("O0", ["--opt-level", "0"]), ("O2", ["--release"])):
        clang = tuple((f"clang -{level} {kind}".strip(), ["clang", f"-{level}", str(src), "-o", f"{out}-c-{i}"])
                      for i, (kind, src) in enumerate(twins.items()))
        build = [*mesh, "build", *flags, str(single), "-o", str(out)]
        cases += [
            CompileBench(f"build_{level}_cold", f"mesh build {level}, {lines:,} lines, empty cache",
                         build, empty_cache, clang),
            CompileBench(f"build_{level}_warm", f"mesh build {level}, {lines:,} lines, cache kept",
                         build, None, clang),
        ]
    check = [*mesh, "check", str(project)]
    cases += [
        CompileBench("check_cold", f"mesh check, {lines:,} lines in {modules} modules, empty cache",
                     check, empty_project_cache, goal_s=2.0),
        CompileBench("check_warm", "mesh check, same project, cache kept", check, None, goal_s=2.0),
        CompileBench("check_edited", "mesh check after editing one module's body",
                     check, edit, goal_s=2.0),
    ]
    return cases
