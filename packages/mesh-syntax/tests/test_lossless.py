"""The tree is lossless: `root.text() == source` for every input, valid or not.

Runs over every `.mpl` file in the repository (parser fixtures, integration
cases, examples) and over hypothesis-mutated versions of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mesh_syntax import lex, parse
from mesh_syntax.tree import SyntaxNode, SyntaxToken

MPL_FILES = sorted(p for p in REPO.rglob("*.mpl")
                   if ".git" not in p.parts and "node_modules" not in p.parts)


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogateescape")


def assert_lossless(source: str) -> None:
    result = parse(source)
    assert result.root.text() == source
    _check_spans(result.root)
    assert "".join(t.text for t in lex(source)) == source


def _check_spans(root: SyntaxNode) -> None:
    """Children tile their parent exactly (byte offsets consistent)."""
    stack = [root]
    while stack:
        node = stack.pop()
        offset = node.span.start
        for child in node.children_with_tokens():
            assert child.span.start == offset
            offset = child.span.end
            if isinstance(child, SyntaxNode):
                stack.append(child)
            else:
                assert isinstance(child, SyntaxToken)
        assert offset == node.span.end


def test_repository_has_mpl_files() -> None:
    assert MPL_FILES, "expected at least the parser fixtures"


@pytest.mark.parametrize("path", MPL_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_repository_file_is_lossless(path: Path) -> None:
    assert_lossless(_read(path))


_CORPUS = [_read(p) for p in MPL_FILES[:200]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_sources_are_lossless(data) -> None:
    source = data.draw(st.sampled_from(_CORPUS)) if _CORPUS else ""
    n = len(source)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["delete", "insert", "duplicate", "truncate"]))
        i = data.draw(st.integers(0, n))
        if op == "delete":
            j = data.draw(st.integers(i, min(n, i + 20)))
            source = source[:i] + source[j:]
        elif op == "insert":
            piece = data.draw(st.sampled_from(
                ["(", ")", "do", "end", '"', "${", "}", "\n", "#=", "|>", "fn", ",", "é", "\r"]))
            source = source[:i] + piece + source[i:]
        elif op == "duplicate":
            j = data.draw(st.integers(i, min(n, i + 30)))
            source = source[:j] + source[i:j] + source[j:]
        else:
            source = source[:i]
        n = len(source)
    assert_lossless(source)
