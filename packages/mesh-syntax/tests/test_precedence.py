"""Binding powers of chapter 02 §4.1 and the newline rules of §2.1."""

from __future__ import annotations

import pytest
from mesh_syntax import ast, parse


def sexpr(e) -> str:
    """Fully parenthesised rendering of an expression tree."""
    if isinstance(e, (ast.BinaryExpr, ast.PipeExpr)):
        return f"({sexpr(e.lhs())} {e.op()} {sexpr(e.rhs())})"
    if isinstance(e, ast.PrefixExpr):
        return f"({e.op()} {sexpr(e.operand())})"
    if isinstance(e, ast.ParenExpr):
        return sexpr(e.expr())
    if e is None:
        return "<missing>"
    return e.text()


def body(src: str) -> list:
    result = parse(f"fn main() do\n{src}\nend\n")
    assert not result.diagnostics, result.diagnostics
    fn = result.source_file().items()[0]
    return fn.body().stmts()


def parsed(expr_src: str) -> str:
    (stmt,) = body(expr_src)
    return sexpr(stmt)


@pytest.mark.parametrize("src,expected", [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("a * b / c % d", "(((a * b) / c) % d)"),
    ("-x * y", "((- x) * y)"),
    ("not a == b", "((not a) == b)"),
    ("!a && b", "((! a) && b)"),
    ("0..n + 1", "(0 .. (n + 1))"),
    ("a <> b == c", "((a <> b) == c)"),
    ("a ++ b <> c", "((a ++ b) <> c)"),
    ("a < b == c > d", "((a < b) == (c > d))"),
    ("a == b == c", "((a == b) == c)"),
    ("a and b or c and d", "((a and b) or (c and d))"),
    ("a || b && c", "(a || (b && c))"),
    ("xs |> f() or g", "(xs |> (f() or g))"),
    ("a |> f() |2> g(x)", "((a |> f()) |2> g(x))"),
    ("1..2 < 3..4", "((1 .. 2) < (3 .. 4))"),
    ("-f(x).y", "(- f(x).y)"),
    ("a + b <> c", "((a + b) <> c)"),
])
def test_binding_powers(src: str, expected: str) -> None:
    assert parsed(src) == expected


def test_newline_after_operator_continues() -> None:
    assert parsed("a +\n  b") == "(a + b)"
    assert parsed("a ==\n\n  # c\n  b") == "(a == b)"


def test_line_starting_with_minus_is_a_new_statement() -> None:
    stmts = body("let a = b\n- c")
    assert len(stmts) == 2 and isinstance(stmts[1], ast.PrefixExpr)


def test_pipe_continuation_lines_with_comments() -> None:
    (stmt,) = body("xs\n  # comment\n  |> f()\n\n  |3> g(a, b)")
    assert sexpr(stmt) == "((xs |> f()) |3> g(a, b))"
    assert stmt.slot() == 3


def test_newlines_skipped_inside_brackets_but_not_inside_do() -> None:
    (stmt,) = body("f(\n  1,\n  fn x do\n    let y = x\n    y\n  end\n)")
    closure = stmt.args().args()[1]
    assert len(closure.clauses()[0].body().stmts()) == 2


def test_generic_close_does_not_continue_line() -> None:
    result = parse("struct S do\n  items :: List<Int>\n  n :: Int\nend\n")
    assert not result.diagnostics
    assert [f.name() for f in result.source_file().items()[0].fields()] == ["items", "n"]


def test_return_without_operand() -> None:
    stmts = body("if x do return end\nreturn\nreturn 1")
    assert stmts[1].value() is None
    assert stmts[2].value().value() == 1
