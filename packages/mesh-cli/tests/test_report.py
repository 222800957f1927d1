"""The lines the CLI itself writes around diagnostics."""

from __future__ import annotations

import io
import json

from mesh_syntax.diagnostics import Diagnostic, Label, Severity, Span

from mesh_cli.report import Reporter


def _reporter(json_mode=False):
    stream = io.StringIO()
    return Reporter(json=json_mode, color=False, stream=stream), stream


def _diag(code="E0001", severity=Severity.ERROR):
    return Diagnostic(code, "expected `Int`, found `String`", "m.mpl",
                      Label(Span(4, 9), "here"), severity=severity)


def test_summary_counts_errors_and_warnings():
    r, out = _reporter()
    r.errors, r.warnings = 1, 0
    r.summary("m.mpl", failed=True)
    r.errors, r.warnings = 3, 1
    r.summary("proj", failed=True)
    assert out.getvalue().splitlines() == [
        "error: could not compile `m.mpl` due to 1 previous error",
        "error: could not compile `proj` due to 3 previous errors; 1 warning emitted",
    ]


def test_success_with_warnings_is_summarised():
    r, out = _reporter()
    r.warnings = 2
    r.summary("app.mpl", failed=False)
    assert out.getvalue() == "warning: `app.mpl` generated 2 warnings\n"


def test_status_and_tool_error_lines():
    r, out = _reporter()
    r.status("Compiled", "proj/proj")
    r.tool_error("'x' does not exist")
    assert out.getvalue() == "  Compiled: proj/proj\nerror: 'x' does not exist\n"
    assert r.errors == 1


def test_json_mode_writes_only_json_lines():
    r, out = _reporter(json_mode=True)
    r.diagnostics([_diag(), _diag("W0003", Severity.WARNING)], {"m.mpl": "let x = 12345"})
    r.tool_error("boom")
    r.status("Compiled", "x")
    r.summary("m.mpl", failed=True)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["code"] for d in lines] == ["E0001", "W0003", "C0001"]
    assert (r.errors, r.warnings) == (2, 1)


def test_human_diagnostics_are_rendered_with_source():
    r, out = _reporter()
    r.diagnostics([_diag()], {"m.mpl": "let x = 12345"})
    text = out.getvalue()
    assert "error[E0001]" in text and "m.mpl:1:5" in text and "^^^^^" in text
    assert text.endswith("\n\n")  # a blank line before the summary


def test_timings_nest_codegen_passes_under_build():
    from mesh_cli.timings import Timings

    t = Timings()
    with t.measure("check"):
        pass
    with t.measure("build"):
        t.phases["emit"] = 0.002  # what codegen records
    lines = t.render().splitlines()
    names = [line.split()[0] for line in lines[1:]]
    assert lines[0] == "  Timings:" and names == ["check", "build", "emit", "total"]
    assert lines[3].startswith("      emit")
