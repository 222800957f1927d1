"""The Mesh lexer (chapter 01): text -> tokens, every byte in exactly one token.

Strings are delivered as STRING_START, STRING_CONTENT / INTERP_START … INTERP_END
groups, STRING_END.  The lexer keeps a stack of frames (inside a string's text,
inside a ``${ … }`` with its brace depth) so interpolations nest to any depth.
Lexical errors become ERROR_TOKEN tokens (or, for problems inside an otherwise
well-formed token such as a bad escape, stay in that token) plus a P0001
diagnostic.  Spans are UTF-8 byte offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .diagnostics import Diagnostic, Label, Span
from .syntax_kind import KEYWORDS, PUNCTUATION
from .syntax_kind import SyntaxKind as K
from .text import utf8_len


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind, its exact text and its byte range."""

    kind: K
    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class LexResult:
    tokens: list[Token]
    diagnostics: list[Diagnostic]


def lex(text: str) -> list[Token]:
    """Tokens of ``text`` (trivia included, no EOF token); errors are ERROR_TOKENs."""
    return tokenize(text).tokens


def tokenize(text: str, file: str | None = None) -> LexResult:
    """Tokens of ``text`` plus the lexical diagnostics (code P0001)."""
    return _Lexer(text, file).run()


_WS = re.compile(r"[ \t]+")
_IDENT = re.compile(r"[^\W\d]\w*")
_WORD_TAIL = re.compile(r"\w*")
_DIGITS = re.compile(r"[0-9][0-9_]*")
_HEX = re.compile(r"[0-9a-fA-F]{1,6}")
_STRAY = "@`~^\\$'&"
_RADIX_DIGITS = {"x": "0123456789abcdefABCDEF", "b": "01", "o": "01234567"}
_RADIX_NAME = {"x": "hexadecimal", "b": "binary", "o": "octal"}
_MAX_RELEX = 8  # bound on re-lexing passes for strings left open in `${`
_ESCAPES = set("ntr0\\\"'$")


class _StringFrame:
    __slots__ = ("open_pos", "triple")

    def __init__(self, triple: bool, open_pos: int) -> None:
        self.triple = triple
        self.open_pos = open_pos


class _InterpFrame:
    __slots__ = ("depth", "first_quote", "open_pos")

    def __init__(self, open_pos: int) -> None:
        self.depth = 0
        self.open_pos = open_pos
        self.first_quote = -1  # position of the first `"` lexed inside it


class _Lexer:
    def __init__(self, text: str, file: str | None) -> None:
        self.src = text
        self.n = len(text)
        self.file = file
        self.pos = 0
        self.raw: list[tuple[K, int, int]] = []  # kind, char start, char end
        self.errors: list[tuple[str, int, int, str, tuple | None]] = []
        self.stack: list[_StringFrame | _InterpFrame] = []
        self.closing_quotes: set[int] = set()  # `"` that end a string left in `${`

    # ----- driver -----
    def run(self) -> LexResult:
        while True:
            self._lex_all()
            quote = self._missing_brace_quote()
            if quote is None or len(self.closing_quotes) >= _MAX_RELEX:
                break
            # `"n = ${n")` … : the `}` is missing, so the first `"` inside the
            # interpolation really closes the string.  Lex again with that reading,
            # so the rest of the file is not swallowed into one unterminated string.
            self.closing_quotes.add(quote)
            self.pos = 0
            self.raw = []
            self.errors = []
            self.stack = []
        self.report_unclosed()
        return self.finish()

    def _lex_all(self) -> None:
        if self.src.startswith("\ufeff"):
            self.emit(K.BOM, 1)
        while self.pos < self.n:
            top = self.stack[-1] if self.stack else None
            if isinstance(top, _StringFrame):
                self.string_text(top)
            else:
                self.code_token(top)

    def _missing_brace_quote(self) -> int | None:
        """For a file that ends inside a string opened within `${`: the first `"` of
        the outermost such interpolation of a regular string, else None."""
        stack = self.stack
        for k, frame in enumerate(stack):
            if (isinstance(frame, _InterpFrame) and frame.first_quote >= 0
                    and k + 1 < len(stack) and isinstance(stack[k + 1], _StringFrame)
                    and k > 0 and not stack[k - 1].triple):
                return frame.first_quote
        return None

    def emit(self, kind: K, length: int) -> None:
        self.raw.append((kind, self.pos, self.pos + length))
        self.pos += length

    def error(self, message: str, start: int, end: int, label: str = "",
              secondary: tuple | None = None) -> None:
        self.errors.append((message, start, end, label, secondary))

    def report_unclosed(self) -> None:
        """One diagnostic for whatever string or interpolation EOF left open."""
        if not self.stack:
            return
        top = self.stack[-1]
        if isinstance(top, _StringFrame):
            width = 3 if top.triple else 1
            self.error("unterminated string literal", top.open_pos, top.open_pos + width,
                       "string starts here")
        else:
            self.error("unclosed `${` in string: expected `}`", top.open_pos,
                       top.open_pos + 2, "interpolation starts here")

    # ----- code mode -----
    def code_token(self, interp: _InterpFrame | None) -> None:
        s, i = self.src, self.pos
        c = s[i]
        if c == " " or c == "\t":
            self.emit(K.WHITESPACE, _WS.match(s, i).end() - i)
        elif c == "\n":
            self.emit(K.NEWLINE, 1)
        elif c == "\r":
            self.emit(K.NEWLINE, 2 if s.startswith("\r\n", i) else 1)
        elif c == "#":
            self.comment(interp)
        elif c == '"' and i in self.closing_quotes:
            self.stack.pop()  # the interpolation, left without its `}`
            self.stack.pop()
            self.emit(K.STRING_END, 1)
        elif c == '"':
            if interp is not None and interp.first_quote < 0:
                interp.first_quote = i
            triple = s.startswith('"""', i)
            self.stack.append(_StringFrame(triple, i))
            self.emit(K.STRING_START, 3 if triple else 1)
        elif c.isdigit() and c.isascii():
            self.number()
        elif c == "_" or c.isalpha():
            m = _IDENT.match(s, i)
            if m is None:  # an alphabetic char that \w disagrees with
                self.stray()
                return
            word = m.group()
            self.emit(KEYWORDS.get(word, K.IDENT), len(word))
        elif c == ":" and i + 1 < self.n and (s[i + 1] == "_" or s[i + 1].islower()):
            m = _IDENT.match(s, i + 1)
            self.emit(K.ATOM, (m.end() if m else i + 2) - i)
        elif c == "|" and i + 1 < self.n and s[i + 1].isdigit() and s[i + 1].isascii():
            self.slot_pipe()
        else:
            self.punct(interp)

    def punct(self, interp: _InterpFrame | None) -> None:
        s, i = self.src, self.pos
        kind = PUNCTUATION.get(s[i:i + 2])
        length = 2
        if kind is None:
            kind = PUNCTUATION.get(s[i])
            length = 1
        if kind is None:
            self.stray()
            return
        if interp is not None:
            if kind in (K.L_BRACE, K.PERCENT_BRACE):
                interp.depth += 1
            elif kind is K.R_BRACE:
                if interp.depth == 0:
                    self.stack.pop()
                    self.emit(K.INTERP_END, 1)
                    return
                interp.depth -= 1
        self.emit(kind, length)

    def stray(self) -> None:
        """A run of characters that start no token."""
        s, start = self.src, self.pos
        if s[start] == "'":
            self.quoted_char()
            return
        i = start
        while i < self.n:
            c = s[i]
            if c in " \t\r\n\"#+-*/%=!<>|.,:;()[]{}?" or c.isalnum() or c == "_":
                break
            if c == "&" and s.startswith("&&", i):
                break
            i += 1
        i = max(i, start + 1)
        text = s[start:i]
        if any("\ud800" <= ch <= "\udfff" for ch in text):
            self.error("invalid UTF-8 in source text", start, i)
        elif text == "&":
            self.error("unexpected character `&` (use `&&` or `and`)", start, i)
        elif text.strip("\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                        "\u2009\u200a\u202f\u205f\u3000\u1680") == "":
            self.error("unexpected whitespace character (only spaces and tabs are allowed)",
                       start, i)
        else:
            self.error(f"unexpected character{'s' if len(text) > 1 else ''} `{text}`",
                       start, i)
        self.emit(K.ERROR_TOKEN, i - start)

    def quoted_char(self) -> None:
        """`'x'`: one error token up to the closing quote on the same line."""
        s, start = self.src, self.pos
        end = start + 1
        while end < self.n and s[end] not in "'\r\n":
            end += 1
        if end < self.n and s[end] == "'" and end - start <= 12:
            end += 1
            self.error(f"unexpected character `'`: Mesh has no character literals; write "
                       f"a string: \"{s[start + 1:end - 1]}\"", start, end)
        else:
            end = start + 1
            self.error("unexpected character `'`", start, end)
        self.emit(K.ERROR_TOKEN, end - start)

    def slot_pipe(self) -> None:
        s, i = self.src, self.pos
        j = i + 1
        while j < self.n and s[j].isdigit() and s[j].isascii():
            j += 1
        if j < self.n and s[j] == ">":
            if int(s[i + 1:j]) == 0:
                self.error("slot pipe `|0>` is invalid: slots count from 1", i, j + 1)
            self.emit(K.SLOT_PIPE, j + 1 - i)
        else:
            self.emit(K.BAR, 1)

    def comment(self, interp: _InterpFrame | None) -> None:
        s, i = self.src, self.pos
        if interp is not None:
            j = i
            while j < self.n and s[j] not in "\r\n}":
                j += 1
            self.error("comments are not allowed inside `${ … }`", i, j)
            self.emit(K.ERROR_TOKEN, j - i)
            return
        if s.startswith("#=", i):
            self.block_comment()
            return
        j = i
        while j < self.n and s[j] != "\n" and s[j] != "\r":
            j += 1
        if s.startswith("##!", i):
            kind = K.MODULE_DOC_COMMENT
        elif s.startswith("##", i):
            kind = K.DOC_COMMENT
        else:
            kind = K.COMMENT
        self.emit(kind, j - i)

    def block_comment(self) -> None:
        s, start = self.src, self.pos
        depth = 0
        i = start
        while i < self.n:
            if s.startswith("#=", i):
                depth += 1
                i += 2
            elif s.startswith("=#", i):
                depth -= 1
                i += 2
                if depth == 0:
                    break
            else:
                i += 1
        if depth != 0:
            self.error("unterminated block comment", start, start + 2,
                       "block comment starts here")
        self.emit(K.COMMENT, i - start)

    def number(self) -> None:
        s, start = self.src, self.pos
        if s[start] == "0" and start + 1 < self.n and s[start + 1] in "xXbBoO":
            self.radix_number()
            return
        j = _DIGITS.match(s, start).end()
        groups = [s[start:j]]
        is_float = False
        if j + 1 < self.n and s[j] == "." and s[j + 1].isdigit() and s[j + 1].isascii():
            k = _DIGITS.match(s, j + 1).end()
            groups.append(s[j + 1:k])
            j = k
            is_float = True
        problem = None
        if j < self.n and s[j] in "eE":
            k = j + 1
            if k < self.n and s[k] in "+-":
                k += 1
            m = _DIGITS.match(s, k)
            if m is None:
                problem = "exponent without digits"
                j = k
            else:
                groups.append(m.group())
                j = m.end()
                is_float = True
        tail = _WORD_TAIL.match(s, j).end()
        if problem is None and tail > j:
            problem = f"invalid suffix `{s[j:tail]}`"
        j = tail
        if problem is None and any(g.endswith("_") for g in groups):
            problem = "a number may not end in `_`"
        if problem is not None:
            self.error(f"malformed number literal `{s[start:j]}`: {problem}", start, j)
            self.emit(K.ERROR_TOKEN, j - start)
            return
        self.emit(K.FLOAT if is_float else K.INT, j - start)

    def radix_number(self) -> None:
        s, start = self.src, self.pos
        radix = s[start + 1].lower()
        j = _WORD_TAIL.match(s, start + 2).end()
        body = s[start + 2:j]
        allowed = _RADIX_DIGITS[radix]
        problem = None
        if not body or body[0] == "_":
            problem = f"expected {_RADIX_NAME[radix]} digits after `{s[start:start + 2]}`"
        elif body.endswith("_"):
            problem = "a number may not end in `_`"
        else:
            bad = next((c for c in body if c != "_" and c not in allowed), None)
            if bad is not None:
                problem = f"`{bad}` is not a {_RADIX_NAME[radix]} digit"
        if problem is not None:
            self.error(f"malformed number literal `{s[start:j]}`: {problem}", start, j)
            self.emit(K.ERROR_TOKEN, j - start)
            return
        self.emit(K.INT, j - start)

    # ----- string mode -----
    def string_text(self, frame: _StringFrame) -> None:
        """Lex content up to the closing quote, an interpolation, or EOF."""
        s, start = self.src, self.pos
        i = start
        n = self.n
        quote = '"""' if frame.triple else '"'
        while i < n:
            c = s[i]
            if c == '"' and s.startswith(quote, i):
                if i > start:
                    self.emit(K.STRING_CONTENT, i - start)
                self.stack.pop()
                self.emit(K.STRING_END, len(quote))
                return
            if c == "\\":
                i = self.escape(i)
                continue
            if c == "$" and s.startswith("${", i):
                if i > start:
                    self.emit(K.STRING_CONTENT, i - start)
                self.stack.append(_InterpFrame(i))
                self.emit(K.INTERP_START, 2)
                return
            i += 1
        if i > start:
            self.emit(K.STRING_CONTENT, i - start)
        self.pos = n

    def escape(self, i: int) -> int:
        """Validate the escape at ``i`` (a backslash); return the index after it."""
        s = self.src
        if i + 1 >= self.n:
            return i + 1  # the string is unterminated; that error covers it
        c = s[i + 1]
        if c in _ESCAPES:
            return i + 2
        if c == "u":
            if s.startswith("{", i + 2):
                m = _HEX.match(s, i + 3)
                if m and s.startswith("}", m.end()):
                    value = int(m.group(), 16)
                    end = m.end() + 1
                    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
                        self.error(f"invalid Unicode escape `{s[i:end]}`: not a Unicode "
                                   "scalar value", i, end)
                    return end
            end = i + 2
            self.error("malformed Unicode escape: expected `\\u{` and 1 to 6 hex digits "
                       "and `}`", i, end)
            return end
        if c in "\r\n":
            self.error("a backslash before a line break is not an escape sequence", i, i + 1)
            return i + 1
        self.error(f"unknown escape sequence `\\{c}`", i, i + 2)
        return i + 2

    # ----- byte offsets and diagnostics -----
    def finish(self) -> LexResult:
        s = self.src
        tokens: list[Token] = []
        ascii_text = s.isascii()
        offset = 0
        char_to_byte: dict[int, int] = {}
        for kind, cs, ce in self.raw:
            text = s[cs:ce]
            width = len(text) if ascii_text else utf8_len(text)
            tokens.append(Token(kind, text, offset, offset + width))
            char_to_byte[cs] = offset
            offset += width
        char_to_byte[self.n] = offset

        def byte(ci: int) -> int:
            if ascii_text:
                return ci
            got = char_to_byte.get(ci)
            return got if got is not None else utf8_len(s[:ci])

        diags = []
        for message, cs, ce, label, _secondary in self.errors:
            span = Span(byte(cs), byte(ce))
            diags.append(Diagnostic("P0001", f"Parse error: {message}", self.file,
                                    Label(span, label)))
        return LexResult(tokens, diags)
