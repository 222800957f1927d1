"""Option/Result helpers emitted by codegen (spec 11 s9), end to end."""

from __future__ import annotations

import pytest
from hir_build import HirBuilder
from mesh_types import hir
from mesh_types.types import BOOL, INT, STRING, UNIT, TCon, TFun

pytestmark = pytest.mark.e2e

OPT = TCon("Option", (INT,))
RES = TCon("Result", (INT, STRING))


def helpers_program(last_line: str):
    h = HirBuilder("fn main() do\n  x\nend\n")
    ok = h.ctor(RES, "Ok", 0, [h.int(2)])
    err = h.ctor(RES, "Err", 1, [h.str("boom")])
    x = h.binding("x", INT)
    plus = h.lambda_([x], h.binary("+", h.ref(x), h.int(1)), [])
    lines = [
        h.show(h.builtin("Option.is_some", [h.some(h.int(1))], BOOL)),
        h.show(h.builtin("Option.unwrap_or", [h.none(INT), h.int(9)], INT)),
        h.show(h.builtin("Option.map", [h.some(h.int(1)), plus], OPT)),
        h.show(h.builtin("Option.to_result", [h.none(INT), h.str("none")], RES)),
        h.show(h.builtin("Result.map", [ok, plus], RES)),
        h.show(h.builtin("Result.map_err", [err, hir.BuiltinRef(TFun((STRING,), INT), h.span, "String.length")],
                         TCon("Result", (INT, INT)))),
        h.show(h.builtin("Result.ok", [err], OPT)),
        h.show(h.builtin("Result.unwrap", [ok], INT)),
    ]
    with h.at_line(2):
        failing = {"option": h.builtin("Option.unwrap", [h.none(INT)], INT),
                   "result": h.builtin("Result.unwrap", [h.ctor(RES, "Err", 1, [h.str("boom")])], INT)}[last_line]
        lines.append(h.show(failing))
    return h.program([h.fn("main", [], UNIT, h.block(*lines))])


@pytest.mark.parametrize("which, reason", [("option", "Option.unwrap: None"),
                                           ("result", "Result.unwrap: Err(boom)")])
def test_option_and_result_helpers(run_program, which, reason):
    run = run_program(helpers_program(which))
    assert run.stdout.splitlines() == ["true", "9", "Some(2)", "Err(none)", "Ok(3)", "Err(4)", "None", "2"]
    assert run.status == 101
    assert run.stderr.strip() == f"[mesh] panic: {reason} at main.mpl:2"
