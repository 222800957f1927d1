"""Wall-clock time per compiler phase, printed by `--timings`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class Timings:
    """An ordered record of (phase name, seconds).

    Codegen receives ``self.phases`` (a dict it may fill with its own
    phases); the CLI adds its own around them.
    """

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}
        self._own: set[str] = set()  # phases the CLI timed; the rest came from codegen
        self._start = time.perf_counter()

    @contextmanager
    def measure(self, phase: str) -> Iterator[None]:
        self._own.add(phase)
        self.phases.setdefault(phase, 0.0)  # listed before the codegen passes it contains
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.phases[phase] = self.phases.get(phase, 0.0) + time.perf_counter() - t0

    def render(self) -> str:
        total = time.perf_counter() - self._start
        rows = list(self.phases.items()) + [("total", total)]
        own = self._own | {"total"}
        width = max(len(name) + (0 if name in own else 2) for name, _ in rows)
        lines = ["  Timings:"]
        for name, seconds in rows:
            label = name if name in own else f"  {name}"  # codegen passes, part of `build`
            lines.append(f"    {label:<{width}}  {seconds * 1000:9.1f} ms")
        return "\n".join(lines) + "\n"
