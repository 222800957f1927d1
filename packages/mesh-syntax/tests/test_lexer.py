"""Lexer unit tests (chapter 01)."""

from __future__ import annotations

import pytest
from mesh_syntax import lex, tokenize
from mesh_syntax.syntax_kind import KEYWORDS
from mesh_syntax.syntax_kind import SyntaxKind as K
from mesh_syntax.text import LineIndex

TRIVIA = {K.WHITESPACE}


def kinds(text: str, keep_trivia: bool = False) -> list[K]:
    return [t.kind for t in lex(text) if keep_trivia or t.kind not in TRIVIA]


def texts(text: str) -> list[str]:
    return [t.text for t in lex(text) if t.kind not in TRIVIA]


def errors(text: str) -> list[str]:
    return [d.message for d in tokenize(text).diagnostics]


def test_every_reserved_keyword_is_its_own_kind() -> None:
    assert len(KEYWORDS) == 47
    for word, kind in KEYWORDS.items():
        assert kinds(word) == [kind]


@pytest.mark.parametrize("word", ["from", "as", "deriving", "json", "test", "Fun", "Self",
                                  "cond", "table", "strategy", "child", "_", "_x", "héllo"])
def test_contextual_keywords_stay_identifiers(word: str) -> None:
    assert kinds(word) == [K.IDENT]


@pytest.mark.parametrize("text,kind", [
    ("0", K.INT), ("1_000_000", K.INT), ("0xff_FF", K.INT), ("0b1111_0000", K.INT),
    ("0o17", K.INT), ("007", K.INT), ("3.14", K.FLOAT), ("100_000.50", K.FLOAT),
    ("1.0e10", K.FLOAT), ("2.5e-3", K.FLOAT), ("6e23", K.FLOAT), ("1E+5", K.FLOAT),
])
def test_number_literals(text: str, kind: K) -> None:
    assert kinds(text) == [kind]
    assert not errors(text)


@pytest.mark.parametrize("text", ["0x", "1e", "2.0e+", "1_", "0x1g", "0b102", "0o8", "0x_1",
                                  "12abc", "1.5_"])
def test_malformed_numbers_are_one_error_token(text: str) -> None:
    assert kinds(text) == [K.ERROR_TOKEN]
    (msg,) = errors(text)
    assert msg.startswith("Parse error: malformed number literal")
    assert f"`{text}`" in msg


def test_dot_after_int_is_not_a_float() -> None:
    assert kinds("1..5") == [K.INT, K.DOT2, K.INT]
    assert kinds("7.to_string()") == [K.INT, K.DOT, K.IDENT, K.L_PAREN, K.R_PAREN]
    assert kinds("t.0") == [K.IDENT, K.DOT, K.INT]


def test_operators_longest_match() -> None:
    src = "+ - * / % == != < > <= >= && || ! |> |2> .. <> ++ = -> => :: ? | . , : ; ( ) [ ] { } %{"
    assert texts(src) == src.split()
    assert kinds("Map<String, List<Int>>")[-2:] == [K.GT, K.GT]
    assert kinds("|12>") == [K.SLOT_PIPE]
    assert kinds("| 2 -> x") == [K.BAR, K.INT, K.ARROW, K.IDENT]
    assert kinds("|2 >") == [K.BAR, K.INT, K.GT]


def test_slot_pipe_zero_is_an_error() -> None:
    assert kinds("|0>") == [K.SLOT_PIPE]
    assert "`|0>`" in errors("|0>")[0]


def test_atoms_and_colons() -> None:
    assert kinds(":ok :_internal") == [K.ATOM, K.ATOM]
    assert kinds("x: y") == [K.IDENT, K.COLON, K.IDENT]
    assert kinds("x:y") == [K.IDENT, K.ATOM]
    assert kinds("a :: b") == [K.IDENT, K.COLON2, K.IDENT]
    assert kinds(":Foo") == [K.COLON, K.IDENT]


def test_comments() -> None:
    assert kinds("# c\n## d\n##! m", keep_trivia=True) == [
        K.COMMENT, K.NEWLINE, K.DOC_COMMENT, K.NEWLINE, K.MODULE_DOC_COMMENT]
    toks = lex("a #= x #= y =# z =# b")
    assert [t.kind for t in toks if t.kind is not K.WHITESPACE] == [K.IDENT, K.COMMENT, K.IDENT]
    assert "\n" not in [t.text for t in lex("#= a\nb =#")]  # no NEWLINE inside


def test_unterminated_block_comment() -> None:
    (msg,) = errors("x #= a #= b =#")
    assert "unterminated block comment" in msg
    d = tokenize("x #= a").diagnostics[0]
    assert (d.primary.span.start, d.primary.span.end) == (2, 4)


def test_newlines_crlf_cr() -> None:
    toks = [t for t in lex("a\r\nb\rc\n") if t.kind is K.NEWLINE]
    assert [t.text for t in toks] == ["\r\n", "\r", "\n"]


def test_string_tokens_and_nested_interpolation() -> None:
    src = '"total: ${fmt("${n} items")} ok"'
    assert kinds(src) == [
        K.STRING_START, K.STRING_CONTENT, K.INTERP_START, K.IDENT, K.L_PAREN,
        K.STRING_START, K.INTERP_START, K.IDENT, K.INTERP_END, K.STRING_CONTENT,
        K.STRING_END, K.R_PAREN, K.INTERP_END, K.STRING_CONTENT, K.STRING_END]


def test_interpolation_counts_braces() -> None:
    src = '"${ %{"a" => P { x: 1 }} }"'
    ks = kinds(src)
    assert ks.count(K.INTERP_END) == 1 and ks[-2] is K.INTERP_END
    assert ks.count(K.R_BRACE) == 2


def test_triple_quoted_string() -> None:
    src = '"""\nsay "hi" and ""twice""\n"""'
    ks = kinds(src)
    assert ks == [K.STRING_START, K.STRING_CONTENT, K.STRING_END]


def test_escapes_validated() -> None:
    assert not errors(r'"\n\t\r\0\\\"\'\$ \u{1F600}"')
    assert "unknown escape sequence `\\q`" in errors(r'"\q"')[0]
    assert "not a Unicode scalar value" in errors(r'"\u{110000}"')[0]
    assert "malformed Unicode escape" in errors(r'"\u{}"')[0]
    assert "line break" in errors('"a\\\nb"')[0]
    assert kinds(r'"\${x}"') == [K.STRING_START, K.STRING_CONTENT, K.STRING_END]


def test_unterminated_string_reported_at_opening_quote() -> None:
    d = tokenize('let s = "abc\n').diagnostics
    assert len(d) == 1 and "unterminated string" in d[0].message
    assert (d[0].primary.span.start, d[0].primary.span.end) == (8, 9)


@pytest.mark.parametrize("ch", list("@`~^\\$'&") + ["\f", "\u00a0"])
def test_stray_characters(ch: str) -> None:
    assert kinds(f"a {ch} b")[1] is K.ERROR_TOKEN
    assert len(errors(f"a {ch} b")) == 1


def test_hash_inside_interpolation_is_an_error() -> None:
    assert "comments are not allowed" in errors('"${x # no}"')[0]


def test_bom_and_byte_offsets() -> None:
    toks = lex("\ufeffé = \"ü\"")
    assert toks[0].kind is K.BOM and (toks[0].start, toks[0].end) == (0, 3)
    ident = toks[1]
    assert ident.text == "é" and (ident.start, ident.end) == (3, 5)
    assert toks[-1].end == len("\ufeffé = \"ü\"".encode())


def test_every_byte_in_exactly_one_token() -> None:
    src = 'fn f(x) do\n  "a${x}b" @ 0x #= =#\r\n  \'q\' end'
    toks = lex(src)
    assert "".join(t.text for t in toks) == src
    for a, b in zip(toks, toks[1:]):
        assert a.end == b.start


def test_invalid_utf8_surrogates_are_reported() -> None:
    src = b"let x = \xff\n".decode("utf-8", "surrogateescape")
    (msg,) = errors(src)
    assert "invalid UTF-8" in msg
    toks = lex(src)
    assert toks[-1].end == len(b"let x = \xff\n")


def test_line_index() -> None:
    src = "ab\r\ncd\ré\nfg"
    idx = LineIndex(src)
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(4) == (2, 1)
    assert idx.line_col(7) == (3, 1)
    assert idx.line_col(9) == (3, 2)  # after the two-byte é
    assert idx.line_col(len(src.encode())) == (4, 3)
    assert idx.line_text(3) == "é"
