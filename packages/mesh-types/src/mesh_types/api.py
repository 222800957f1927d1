"""The public entry point: ``check(sources) -> CheckResult``."""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from dataclasses import dataclass, field

from mesh_syntax import parse
from mesh_syntax.diagnostics import Diagnostic

from . import errors, hir
from .cache import CheckCache
from .infer.program import ParsedModule, ProgramChecker
from .source import SourceFile
from .types import Type, resolve


@dataclass
class CheckResult:
    """``program`` is the typed tree, or None when any error was found;
    ``diagnostics`` holds every error and warning, sorted per spec 06 §1."""

    program: hir.Program | None
    diagnostics: list[Diagnostic]
    _typed: dict[str, list[hir.Expr]] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)

    def type_at(self, file: str, offset: int) -> Type | None:
        """The type of the innermost expression covering byte ``offset`` of
        ``file`` (for editor hovers); None outside any expression."""
        best = None
        for expr in self._typed.get(file, ()):
            s = expr.span
            covers = s.start <= offset < s.end or s.start == s.end == offset
            if covers and (best is None or len(s) < len(best.span)):
                best = expr
        return resolve(best.ty) if best is not None else None


# The checker recurses over the tree; deeply nested expressions (long
# operator chains in generated code) need more than Python's default depth,
# so checking runs on a thread with a large stack and a raised limit.
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 200_000


def check(sources: list[SourceFile], entry: str = "Main",
          cache: CheckCache | None = None) -> CheckResult:
    """Parse and type-check a program.  Never raises: an internal failure is
    reported as a C0001 diagnostic.

    ``cache`` (a :class:`mesh_types.cache.CheckCache` the caller keeps across
    calls) lets unchanged modules skip checking; see :mod:`mesh_types.cache`."""
    outcome: list[CheckResult] = []

    def run() -> None:
        outcome.append(_guarded(sources, entry, cache))

    old_limit = sys.getrecursionlimit()
    try:
        old_stack = threading.stack_size(_STACK_BYTES)
    except (ValueError, RuntimeError):  # platform refuses: check on this thread
        return _guarded(sources, entry, cache)
    try:
        sys.setrecursionlimit(max(old_limit, _RECURSION_LIMIT))
        worker = threading.Thread(target=run, name="mesh-check")
        worker.start()
        worker.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    return outcome[0] if outcome else CheckResult(None, [errors.internal_error("checker died")])


def _guarded(sources: list[SourceFile], entry: str, cache) -> CheckResult:
    try:
        return _check(sources, entry, cache)
    except Exception as exc:  # noqa: BLE001 -- the no-traceback policy: a bug becomes a diagnostic
        detail = f"{type(exc).__name__}: {exc}"
        d = errors.internal_error(detail)
        # where it failed, for the bug report (one line, not a traceback)
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        d.notes.append(f"raised in `{frame.name}` ({Path(frame.filename).name}:{frame.lineno})")
        return CheckResult(None, [d])


def _check(sources: list[SourceFile], entry: str, cache) -> CheckResult:
    parsed: list[ParsedModule] = []
    syntax_errors: list[Diagnostic] = []
    for src in sources:
        result = cache.parsed(src.path, src.text, parse) if cache is not None else \
            parse(src.text, file=src.path)
        for d in result.diagnostics:
            if d.file is None:
                d.file = src.path
        syntax_errors.extend(sorted(result.diagnostics, key=_start))
        parsed.append(ParsedModule(src.module, src.path, src.text, result.root))
    if any(d.is_error for d in syntax_errors):
        return CheckResult(None, syntax_errors)
    checker = ProgramChecker(parsed, entry, cache)
    program = checker.run()
    rank = {name: i for i, name in enumerate(checker.module_order)}
    file_rank = {m.file: rank.get(m.name, len(rank)) for m in parsed}
    diagnostics = sorted(checker.diagnostics,
                         key=lambda d: (file_rank.get(d.file, -1), _start(d)))
    return CheckResult(program, syntax_errors + diagnostics, checker.typed_exprs)


def _start(d: Diagnostic) -> int:
    return d.primary.span.start if d.primary else -1
