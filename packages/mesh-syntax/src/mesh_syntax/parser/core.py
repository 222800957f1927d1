"""Parser state: the token cursor, newline modes, tree building and error reporting.

The grammar modules (``items``, ``exprs``, ``patterns``, ``types``) drive a
:class:`Parser`.  The parser decides which tokens are trivia: whitespace and
comments always, NEWLINE depending on the newline-mode stack of chapter 02
§2.1 (skip inside brackets, significant inside ``do … end``), on whether the
last token was one after which an expression cannot end, and on pipe
continuation lines.  Trivia are attached to the tree just before the next
node or token starts, so every node begins and ends on a real token.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Label, Span
from ..lexer import Token
from ..syntax_kind import SyntaxKind as K
from ..syntax_kind import describe_kind
from ..text import encode
from ..tree import GreenBuilder, GreenNode

# Tokens after which a NEWLINE never ends the expression (chapter 02 §2.1 rule 4).
CONTINUATION = frozenset({
    K.PLUS, K.MINUS, K.STAR, K.SLASH, K.PERCENT, K.EQ2, K.NEQ, K.LT, K.GT, K.LTEQ,
    K.GTEQ, K.AMP2, K.PIPE2, K.AND_KW, K.OR_KW, K.DIAMOND, K.PLUS2, K.DOT2, K.PIPE,
    K.SLOT_PIPE, K.NOT_KW, K.BANG, K.EQ, K.ARROW, K.FAT_ARROW, K.COLON2, K.COMMA,
    K.DOT, K.WHEN_KW, K.IN_KW,
})
ALWAYS_TRIVIA = frozenset({K.WHITESPACE, K.COMMENT, K.DOC_COMMENT, K.MODULE_DOC_COMMENT,
                           K.BOM})
MAX_NESTING = 100  # deeper input gets a diagnostic instead of a RecursionError


class Parser:
    def __init__(self, tokens: list[Token], file: str | None, is_test: bool,
                 lexer_reported_eof: bool) -> None:
        end = tokens[-1].end if tokens else 0
        self.tokens = tokens + [Token(K.EOF, "", end, end)]
        self.kinds = [t.kind for t in self.tokens]
        self.source_bytes = encode("".join(t.text for t in tokens))
        self.file = file
        self.is_test = is_test
        self.pos = 0
        self.builder = GreenBuilder()
        self.diagnostics: list[Diagnostic] = []
        self.significant: list[bool] = [True]
        self.prev_continues = False
        self.pipe_continue_at = -1  # index of a `|>` whose preceding newlines are trivia
        self.last_error_pos = -1  # token index of the last reported error
        self.quiet = 0  # > 0: errors are swallowed (re-parsing already reported input)
        self.lexer_reported_eof = lexer_reported_eof
        self.nesting = 0
        self.last_interpolation_span: Span | None = None
        self._cache_key: tuple | None = None
        self._cache_idx = 0

    # ----- layout (used only to word errors well) -----
    def _line_start(self, offset: int) -> int:
        data = self.source_bytes
        return max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1

    def column(self, offset: int) -> int:
        """Byte column of ``offset`` in its line (0-based)."""
        return offset - self._line_start(offset)

    def line_indent(self, offset: int) -> int:
        """Width in bytes of the leading spaces/tabs of the line containing ``offset``."""
        start = self._line_start(offset)
        data = self.source_bytes
        end = start
        while end < len(data) and data[end] in b" \t":
            end += 1
        return end - start

    # ----- lookahead -----
    def _newline_is_trivia(self, i: int) -> bool:
        return (not self.significant[-1]) or self.prev_continues or i < self.pipe_continue_at

    def _next_index(self) -> int:
        key = (self.pos, len(self.significant), self.significant[-1], self.prev_continues,
               self.pipe_continue_at)
        if key == self._cache_key:
            return self._cache_idx
        i = self.pos
        kinds = self.kinds
        while True:
            k = kinds[i]
            if k in ALWAYS_TRIVIA or (k is K.NEWLINE and self._newline_is_trivia(i)):
                i += 1
                continue
            break
        self._cache_key = key
        self._cache_idx = i
        return i

    @property
    def current(self) -> K:
        return self.kinds[self._next_index()]

    @property
    def token(self) -> Token:
        return self.tokens[self._next_index()]

    def nth(self, n: int) -> K:
        """Kind of the n-th significant token ahead (0 is the current one)."""
        i = self._next_index()
        sig_newlines = self.significant[-1]
        kinds = self.kinds
        while n > 0 and kinds[i] is not K.EOF:
            i += 1
            while kinds[i] in ALWAYS_TRIVIA or (kinds[i] is K.NEWLINE and not sig_newlines):
                i += 1
            n -= 1
        return kinds[i]

    def nth_token(self, n: int) -> Token:
        i = self._next_index()
        sig_newlines = self.significant[-1]
        kinds = self.kinds
        while n > 0 and kinds[i] is not K.EOF:
            i += 1
            while kinds[i] in ALWAYS_TRIVIA or (kinds[i] is K.NEWLINE and not sig_newlines):
                i += 1
            n -= 1
        return self.tokens[i]

    def at(self, kind: K) -> bool:
        return self.current is kind

    def at_any(self, kinds: frozenset[K] | set[K]) -> bool:
        return self.current in kinds

    def at_ident(self, text: str) -> bool:
        tok = self.token
        return tok.kind is K.IDENT and tok.text == text

    def at_eof(self) -> bool:
        return self.current is K.EOF

    def at_sep(self) -> bool:
        return self.current in (K.NEWLINE, K.SEMICOLON)

    def at_line_start(self) -> bool:
        """Is the current token the first significant token of its line?"""
        j = self._next_index() - 1
        while j >= 0 and self.kinds[j] in ALWAYS_TRIVIA:
            j -= 1
        return j < 0 or self.kinds[j] is K.NEWLINE

    def prev_significant_kind(self) -> K | None:
        j = self.pos - 1
        while j >= 0 and (self.kinds[j] in ALWAYS_TRIVIA or self.kinds[j] is K.NEWLINE):
            j -= 1
        return self.kinds[j] if j >= 0 else None

    def pipe_continues(self) -> bool:
        """At a significant NEWLINE whose next real line starts with a pipe?

        If so, mark those newlines as trivia (chapter 02 §2.1 rule 4, second case)."""
        i = self._next_index()
        if self.kinds[i] is not K.NEWLINE:
            return False
        kinds = self.kinds
        while kinds[i] is K.NEWLINE or kinds[i] in ALWAYS_TRIVIA:
            i += 1
        if kinds[i] in (K.PIPE, K.SLOT_PIPE):
            self.pipe_continue_at = i
            return True
        return False

    # ----- newline modes -----
    def push_newlines(self, significant: bool) -> None:
        self.significant.append(significant)

    def pop_newlines(self) -> None:
        if len(self.significant) > 1:
            self.significant.pop()

    # ----- building -----
    def _flush_trivia(self) -> None:
        target = self._next_index()
        b = self.builder
        toks = self.tokens
        while self.pos < target:
            t = toks[self.pos]
            b.token(t.kind, t.text, t.end - t.start)
            self.pos += 1

    def start(self, kind: K) -> None:
        self._flush_trivia()
        self.builder.start_node(kind)

    def checkpoint(self) -> int:
        self._flush_trivia()
        return self.builder.checkpoint()

    def start_at(self, checkpoint: int, kind: K) -> None:
        self.builder.start_node_at(checkpoint, kind)

    def finish(self) -> None:
        self.builder.finish_node()

    def bump(self, remap: K | None = None, continues: bool | None = None) -> Token:
        """Consume the current token (optionally recording it under another kind)."""
        self._flush_trivia()
        tok = self.tokens[self.pos]
        if tok.kind is K.EOF:
            return tok
        self.builder.token(remap or tok.kind, tok.text, tok.end - tok.start)
        self.pos += 1
        self.prev_continues = (tok.kind in CONTINUATION) if continues is None else continues
        return tok

    def eat(self, kind: K) -> bool:
        if self.current is kind:
            self.bump()
            return True
        return False

    def finish_tree(self) -> GreenNode:
        """Attach everything left (trailing trivia, EOF-adjacent tokens) to the root."""
        b = self.builder
        while self.pos < len(self.tokens) - 1:
            t = self.tokens[self.pos]
            b.token(t.kind, t.text, t.end - t.start)
            self.pos += 1
        return b.finish()

    # ----- errors -----
    def describe_current(self) -> str:
        tok = self.token
        k = tok.kind
        if k is K.IDENT:
            return f"`{tok.text}`"
        if k in (K.INT, K.FLOAT, K.ATOM):
            return f"`{tok.text}`"
        if k is K.STRING_START:
            return "a string"
        if k is K.NEWLINE:
            return "a newline"
        if k is K.ERROR_TOKEN:
            return f"`{tok.text}`"
        return describe_kind(k)

    def error_span(self) -> Span:
        """Where an error about the current token points: the token itself, or
        just after the previous token when the current one is a newline/EOF."""
        i = self._next_index()
        tok = self.tokens[i]
        if tok.kind in (K.NEWLINE, K.EOF):
            j = i - 1
            while j >= 0 and (self.kinds[j] in ALWAYS_TRIVIA or self.kinds[j] is K.NEWLINE):
                j -= 1
            end = self.tokens[j].end if j >= 0 else 0
            return Span(end, end)
        return Span(tok.start, tok.end)

    def error_span_before(self) -> Span:
        """An empty span just after the previous significant token."""
        j = self._next_index() - 1
        while j >= 0 and (self.kinds[j] in ALWAYS_TRIVIA or self.kinds[j] is K.NEWLINE):
            j -= 1
        end = self.tokens[j].end if j >= 0 else 0
        return Span(end, end)

    def error(self, message: str, span: Span | None = None, label: str = "",
              secondary: list[Label] | None = None, help: list[str] | None = None) -> None:
        """Report a P0001 error unless it would cascade from the previous one."""
        if self.quiet:
            return
        here = self._next_index()
        if here == self.last_error_pos:
            return  # nothing consumed since the last error: this one would cascade
        cur = self.current
        if cur is K.ERROR_TOKEN:
            return  # the lexer already explained this token
        if cur is K.EOF and self.lexer_reported_eof:
            return
        self.last_error_pos = here
        self.diagnostics.append(Diagnostic(
            "P0001", f"Parse error: {message}", self.file,
            Label(span if span is not None else self.error_span(), label), secondary or [], help or []))

    def expect(self, kind: K, context: str = "") -> bool:
        if self.current is kind:
            self.bump()
            return True
        suffix = f" {context}" if context else ""
        self.error(f"expected {describe_kind(kind)}{suffix}, found {self.describe_current()}")
        return False

    def err_bump(self, message: str | None = None) -> None:
        """Report (if given) and wrap the current token in an ERROR node."""
        if message:
            self.error(message)
        if self.at_eof():
            return
        self.start(K.ERROR)
        self.bump(continues=False)
        self.finish()

    def skip_until(self, stop: frozenset[K] | set[K]) -> None:
        """Recovery: swallow tokens into an ERROR node up to a stop token of the same
        bracket depth (brackets in between are skipped whole)."""
        if self.at_any(stop) or self.at_eof():
            return
        self.start(K.ERROR)
        depth = 0
        opens = (K.L_PAREN, K.L_BRACKET, K.L_BRACE, K.PERCENT_BRACE)
        closes = (K.R_PAREN, K.R_BRACKET, K.R_BRACE)
        while not self.at_eof():
            cur = self.current
            if depth == 0 and cur in stop:
                break
            if cur in opens:
                depth += 1
                if depth == 1:
                    self.push_newlines(False)
            elif cur in closes and depth > 0:
                depth -= 1
                if depth == 0:
                    self.bump()
                    self.pop_newlines()
                    continue
            elif cur in closes and depth == 0:
                break
            self.bump()
        if depth > 0:
            self.pop_newlines()
        self.finish()

    def enter(self) -> bool:
        """Guard recursion depth; False (after an error) when nested too deeply."""
        if self.nesting >= MAX_NESTING:
            self.error("expression nested too deeply")
            return False
        self.nesting += 1
        return True

    def leave(self) -> None:
        self.nesting -= 1
