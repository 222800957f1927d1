"""Every case in `cases/` built both --debug and --release and checked end to end.

Run with `nox -s integration` or `pytest integration -n auto` in a venv
where `mesh` is installed.
"""

from __future__ import annotations

import pytest

from harness import (
    MODES,
    Case,
    build,
    diagnostic_codes,
    discover_cases,
    malformed_diagnostics,
    run,
    stdout_diff,
)

CASES = discover_cases()


PARAMS = [pytest.param(case, mode, id=f"{case.id}-{mode}") for case in CASES for mode in MODES]


def _fail(what: str, proc, extra: str = "") -> None:
    pytest.fail(f"{what}\n{extra}--- exit status: {proc.returncode}\n"
                f"--- stderr:\n{proc.stderr}", pytrace=False)


def test_there_are_cases():
    assert len(CASES) >= 57


@pytest.mark.parametrize("case, mode", PARAMS)
def test_case(case: Case, mode: str, tmp_path, request):
    if case.xfail_reason:
        # strict: a case that starts passing fails the run, so its .xfail gets deleted
        request.applymarker(pytest.mark.xfail(reason=case.xfail_reason, strict=True))
    exe = tmp_path / case.name
    built = build(case, mode, exe)
    assert "Traceback" not in built.stderr, built.stderr

    codes = case.expected_codes
    if codes is not None:
        if built.returncode != 1:
            _fail(f"{case.id}: expected a compile error {codes}, build exited "
                  f"{built.returncode}", built)
        actual = diagnostic_codes(built.stderr)
        if actual != codes:
            _fail(f"{case.id}: expected diagnostics {codes}, got {actual}", built)
        malformed = malformed_diagnostics(built.stderr)
        if malformed:
            _fail(f"{case.id}: diagnostics without a file or a non-empty span: {malformed}", built)
        return

    if built.returncode != 0:
        _fail(f"{case.id}: build failed", built)
    result = run(exe, case.stdin)
    expected = case.expected_stdout or ""
    problems = []
    if result.stdout != expected:
        problems.append(stdout_diff(expected, result.stdout))
    if result.returncode != case.expected_exit:
        problems.append(f"expected exit status {case.expected_exit}, got {result.returncode}\n")
    want_err = case.expected_stderr
    if want_err is not None and want_err not in result.stderr:
        problems.append(f"stderr should contain: {want_err!r}\n")
    if problems:
        _fail(f"{case.id} ({mode}) misbehaved", result, "".join(problems))
