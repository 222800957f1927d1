"""A 40-module, ~5,000-line generated program checks cleanly (and fast:
the time is printed with `pytest -s`; see README for the measured figure)."""

import time

from generated import program
from mesh_types import check


def test_generated_program_of_forty_modules_checks():
    sources = program(40, 10)
    lines = sum(s.text.count("\n") for s in sources)
    assert lines >= 5000
    start = time.perf_counter()
    result = check(sources)
    elapsed = time.perf_counter() - start
    assert [d.message for d in result.diagnostics] == []
    assert result.program is not None and len(result.program.modules) == 41
    print(f"checked {lines} lines in {elapsed:.2f}s")
