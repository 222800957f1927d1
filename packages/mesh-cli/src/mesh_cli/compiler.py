"""The compiler phases as the CLI drives them: discover, check, build.

Each phase reports its diagnostics through the :class:`Reporter` and raises
:class:`CompileFailed` when errors stop the build.  Exceptions that escape
the other packages are not handled here: ``main`` turns them into an
internal-compiler-error message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mesh_syntax.diagnostics import Diagnostic, Severity
from mesh_types import check
from mesh_types.cache import CheckCache
from mesh_types.project import ProjectError, SourceFile, discover

from .errors import CompileFailed
from .options import BuildOptions
from .paths import Target
from .report import Reporter
from .timings import Timings


def source_texts(sources: Sequence[SourceFile]) -> dict[str, str]:
    """Display path -> text, what the renderer needs to draw source frames."""
    return {sf.path: sf.text for sf in sources}


@dataclass
class Compilation:
    target: Target
    reporter: Reporter
    timings: Timings
    # where the per-module check cache lives (None: in memory only)
    check_cache_dir: Path | None = None

    def discover(self) -> list[SourceFile]:
        with self.timings.measure("discover"):
            try:
                return list(discover(self.target.given))
            except ProjectError as exc:
                self.reporter.diagnostics([exc.diagnostic], {})
                raise CompileFailed() from None

    def check(self, sources: Sequence[SourceFile]):
        """Parse and type-check; report every diagnostic; return the typed program."""
        with self.timings.measure("check"):
            result = check(list(sources), cache=CheckCache(self.check_cache_dir))
        diags: list[Diagnostic] = list(result.diagnostics)
        self.reporter.diagnostics(diags, source_texts(sources))
        has_errors = any(d.severity is Severity.ERROR for d in diags)
        if has_errors or result.program is None:
            raise CompileFailed()
        return result.program

    def build(self, program, output: Path, options: BuildOptions,
              llvm_output: Path | None, sources: Sequence[SourceFile]) -> None:
        # imported here so that `mesh check` never loads LLVM
        from mesh_codegen import BuildError, build_executable

        with self.timings.measure("build"):
            try:
                build_executable(program, output, opt_level=options.opt_level,
                                 debug=options.debug, emit_llvm=llvm_output,
                                 timings=self.timings.phases if options.timings else None)
            except BuildError as exc:
                self.reporter.diagnostics([exc.diagnostic], source_texts(sources))
                raise CompileFailed() from None
