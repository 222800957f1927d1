"""Expressions and blocks (chapter 02 §2, §4, §6, §10): a Pratt parser with the
binding powers of §4.1, primaries, postfix operators and the control-flow forms."""

from __future__ import annotations

from ..diagnostics import Label, Span
from ..syntax_kind import SyntaxKind as K
from .core import ALWAYS_TRIVIA, CONTINUATION, Parser
from .patterns import PATTERN_START, brace_tuple_pattern, pattern, primary_pattern
from .types import type_ann

# Infix operators: kind -> (left power, right power, node kind)  (chapter 02 §4.1)
BINARY_OPS: dict[K, tuple[int, int, K]] = {
    K.STAR: (19, 20, K.BINARY_EXPR), K.SLASH: (19, 20, K.BINARY_EXPR),
    K.PERCENT: (19, 20, K.BINARY_EXPR),
    K.PLUS: (17, 18, K.BINARY_EXPR), K.MINUS: (17, 18, K.BINARY_EXPR),
    K.DIAMOND: (15, 16, K.BINARY_EXPR), K.PLUS2: (15, 16, K.BINARY_EXPR),
    K.DOT2: (13, 14, K.BINARY_EXPR),
    K.LT: (11, 12, K.BINARY_EXPR), K.GT: (11, 12, K.BINARY_EXPR),
    K.LTEQ: (11, 12, K.BINARY_EXPR), K.GTEQ: (11, 12, K.BINARY_EXPR),
    K.EQ2: (9, 10, K.BINARY_EXPR), K.NEQ: (9, 10, K.BINARY_EXPR),
    K.AND_KW: (7, 8, K.BINARY_EXPR), K.AMP2: (7, 8, K.BINARY_EXPR),
    K.OR_KW: (5, 6, K.BINARY_EXPR), K.PIPE2: (5, 6, K.BINARY_EXPR),
    K.PIPE: (3, 4, K.PIPE_EXPR), K.SLOT_PIPE: (3, 4, K.PIPE_EXPR),
}
PIPE_LEFT_POWER = 3
PREFIX_OPERAND_POWER = 23
PREFIX_OPS = frozenset({K.MINUS, K.BANG, K.NOT_KW})

# Tokens that end an operand-less `return` (chapter 02 §6.6).
RETURN_ENDS = frozenset({K.NEWLINE, K.SEMICOLON, K.END_KW, K.ELSE_KW, K.R_PAREN, K.R_BRACKET,
                         K.R_BRACE, K.BAR, K.EOF, K.INTERP_END, K.COMMA})
LITERALS = {K.INT: K.INT_LIT, K.FLOAT: K.FLOAT_LIT, K.ATOM: K.ATOM_LIT,
            K.TRUE_KW: K.BOOL_LIT, K.FALSE_KW: K.BOOL_LIT, K.NIL_KW: K.NIL_LIT}
SEPARATORS = frozenset({K.NEWLINE, K.SEMICOLON})
# Words that begin an item; seen inside a block they mean a missing `end`.
ITEM_KEYWORDS = frozenset({K.PUB_KW, K.STRUCT_KW, K.TYPE_KW, K.INTERFACE_KW, K.IMPL_KW,
                           K.ACTOR_KW, K.SERVICE_KW, K.SUPERVISOR_KW, K.MODULE_KW,
                           K.IMPORT_KW, K.DEF_KW})


# ---------------------------------------------------------------- expressions

def expr(p: Parser, min_bp: int = 0) -> bool:
    """Parse an expression whose infix operators all bind at least ``min_bp``."""
    if not p.enter():
        p.err_bump()
        return False
    try:
        cp = p.checkpoint()
        if not _prefix_or_postfix(p):
            return False
        while True:
            if p.current is K.NEWLINE:
                if min_bp > PIPE_LEFT_POWER or not p.pipe_continues():
                    break
            op = BINARY_OPS.get(p.current)
            if op is None or op[0] < min_bp:
                break
            left, right, kind = op
            p.start_at(cp, kind)
            op_tok = p.bump()
            if not expr(p, right):
                p.error(f"expected an expression after `{op_tok.text}`, found "
                        f"{p.describe_current()}")
            p.finish()
        return True
    finally:
        p.leave()


def _prefix_or_postfix(p: Parser) -> bool:
    if p.current in PREFIX_OPS:
        p.start(K.PREFIX_EXPR)
        op = p.bump()
        if not expr(p, PREFIX_OPERAND_POWER):
            p.error(f"expected an expression after `{op.text}`, found {p.describe_current()}")
        p.finish()
        return True
    cp = p.checkpoint()
    is_type_path = p.current is K.IDENT and p.token.text[:1].isupper()
    if not primary(p):
        return False
    _postfix(p, cp, is_type_path)
    return True


def _postfix(p: Parser, cp: int, is_type_path: bool) -> None:
    while True:
        cur = p.current
        if cur is K.L_PAREN:
            p.start_at(cp, K.CALL_EXPR)
            arg_list(p)
            p.finish()
            is_type_path = False
        elif cur is K.DOT:
            is_type_path = _member(p, cp, is_type_path)
        elif cur is K.L_BRACKET:
            p.start_at(cp, K.INDEX_EXPR)
            p.bump()
            p.push_newlines(False)
            if not expr(p):
                p.error(f"expected an index expression, found {p.describe_current()}")
            close(p, K.R_BRACKET, "to close the index")
            p.finish()
            is_type_path = False
        elif cur is K.QUESTION:
            p.start_at(cp, K.TRY_EXPR)
            p.bump()
            p.finish()
            is_type_path = False
        elif cur is K.L_BRACE and is_type_path:
            p.start_at(cp, K.STRUCT_LIT)
            _field_inits(p, K.L_BRACE, K.R_BRACE, "struct literal")
            p.finish()
            is_type_path = False
        else:
            return


def _member(p: Parser, cp: int, is_type_path: bool) -> bool:
    """`.name`, `.name(args)`; returns whether the result is still a type path."""
    nxt = p.nth(1)
    if nxt in (K.INT, K.FLOAT):
        p.start_at(cp, K.FIELD_EXPR)
        p.bump()
        p.error("tuples have no numbered fields; destructure the tuple with a pattern, "
                "e.g. `let (a, b) = t`")
        p.err_bump()
        p.finish()
        return False
    tok = p.nth_token(1)
    if not (tok.kind is K.IDENT or tok.kind.name.endswith("_KW")):
        p.start_at(cp, K.FIELD_EXPR)
        p.bump()
        p.error(f"expected a member name after `.`, found {p.describe_current()}")
        p.finish()
        return False
    p.bump()
    name = p.bump(K.IDENT, continues=False)  # any keyword is a member name here
    if p.at(K.L_PAREN):
        p.start_at(cp, K.METHOD_CALL_EXPR)
        arg_list(p)
        p.finish()
        return False
    p.start_at(cp, K.FIELD_EXPR)
    p.finish()
    return is_type_path and name.text[:1].isupper()


def arg_list(p: Parser) -> None:
    """`(` args `)` with keyword arguments `name: value` last."""
    p.start(K.ARG_LIST)
    open_tok = p.bump()
    p.push_newlines(False)
    seen_kw = False
    while not p.at(K.R_PAREN) and not p.at_eof():
        if p.at(K.IDENT) and p.nth(1) is K.COLON:
            p.start(K.KW_ARG)
            p.bump()
            p.bump()
            if not expr(p):
                p.error(f"expected a value for the keyword argument, found "
                        f"{p.describe_current()}")
            p.finish()
            seen_kw = True
        else:
            if seen_kw:
                p.error("positional arguments must come before keyword arguments")
            if not expr(p):
                p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
        if not p.eat(K.COMMA):
            break
    close(p, K.R_PAREN, "to close the argument list", Span(open_tok.start, open_tok.end))
    p.finish()


def close(p: Parser, closer: K, context: str, opener: Span | None = None) -> None:
    """Expect ``closer`` while the bracket's newline mode is still active, then pop it.

    When the closer is missing and the next token starts a new line, nothing is
    skipped: the bracket was left unclosed and the following lines are parsed
    normally."""
    if p.at(closer):
        p.bump()
    elif p.at_line_start() or p.at_eof():
        secondary = [Label(opener, "unclosed delimiter")] if opener else None
        p.error(f"unclosed delimiter: expected `{_CLOSER_TEXT[closer]}` {context}",
                span=p.error_span_before(), secondary=secondary)
    else:
        secondary = [Label(opener, "opened here")] if opener else None
        p.error(f"expected `{_CLOSER_TEXT[closer]}` {context}, found {p.describe_current()}",
                secondary=secondary)
        p.skip_until(frozenset({closer, K.R_PAREN, K.R_BRACKET, K.R_BRACE, K.INTERP_END}))
        p.eat(closer)
    p.pop_newlines()


_CLOSER_TEXT = {K.R_PAREN: ")", K.R_BRACKET: "]", K.R_BRACE: "}", K.INTERP_END: "}"}


def _field_inits(p: Parser, opener: K, closer: K, what: str) -> None:
    """`{ name: value, … }` (commas or newlines between fields)."""
    open_tok = p.bump()
    p.push_newlines(False)
    while not p.at(closer) and not p.at_eof():
        if not field_init(p):
            p.skip_until(frozenset({K.COMMA, closer}))
        if not p.eat(K.COMMA) and not (p.at(K.IDENT) and p.nth(1) is K.COLON):
            break
    close(p, closer, f"to close the {what}", Span(open_tok.start, open_tok.end))


def field_init(p: Parser) -> bool:
    if not p.at(K.IDENT):
        p.error(f"expected a field name, found {p.describe_current()}")
        return False
    p.start(K.FIELD_INIT)
    p.bump()
    if p.expect(K.COLON, "after the field name"):
        if not expr(p):
            p.error(f"expected a value for the field, found {p.describe_current()}")
    p.finish()
    return True


# ---------------------------------------------------------------- primaries

def primary(p: Parser) -> bool:
    cur = p.current
    lit = LITERALS.get(cur)
    if lit is not None:
        p.start(lit)
        p.bump()
        p.finish()
        return True
    handler = _PRIMARY.get(cur)
    if handler is not None:
        handler(p)
        return True
    if cur is K.IDENT:
        if p.token.text == "json" and p.nth(1) is K.L_BRACE:
            p.start(K.JSON_LIT)
            p.bump()
            _field_inits(p, K.L_BRACE, K.R_BRACE, "`json` object")
            p.finish()
        else:
            p.start(K.NAME_REF)
            p.bump()
            p.finish()
        return True
    if cur is K.ERROR_TOKEN:
        p.err_bump()
        return True
    p.error(f"expected expression, found {p.describe_current()}")
    return False


def string_lit(p: Parser) -> bool:
    """A string literal; returns whether it contains an interpolation."""
    p.start(K.STRING_LIT)
    p.bump()
    interpolated = False
    while True:
        cur = p.current
        if cur is K.STRING_CONTENT:
            p.bump()
        elif cur is K.INTERP_START:
            interpolated = True
            _interpolation(p)
        elif cur is K.STRING_END:
            p.bump()
            break
        else:
            break  # EOF: the lexer reported the unterminated string
    p.finish()
    return interpolated


def _interpolation(p: Parser) -> None:
    p.start(K.INTERPOLATION)
    start = p.bump()
    p.push_newlines(False)
    if p.at(K.INTERP_END):
        p.error("empty interpolation `${}`: write an expression inside")
    else:
        expr(p)
    if not p.at(K.INTERP_END):
        if not _lexer_reported_unclosed(p):
            p.error(f"expected `}}` to close the interpolation, found {p.describe_current()}",
                    secondary=[Label(Span(start.start, start.end), "interpolation starts here")])
        p.skip_until(frozenset({K.INTERP_END}))
    p.eat(K.INTERP_END)
    p.pop_newlines()
    end = p.tokens[p.pos - 1].end
    p.last_interpolation_span = Span(start.start, end)
    p.finish()


def _lexer_reported_unclosed(p: Parser) -> bool:
    """Did the lexer already report this interpolation as running to the end of file?"""
    if not p.lexer_reported_eof:
        return False
    depth = 0
    for k in p.kinds[p.pos:]:
        if k is K.INTERP_START:
            depth += 1
        elif k is K.INTERP_END:
            if depth == 0:
                return False
            depth -= 1
    return True


def _string(p: Parser) -> None:
    string_lit(p)


def _self(p: Parser) -> None:
    if p.nth(1) is K.L_PAREN:
        p.start(K.SELF_CALL)
        p.bump()
        p.bump()
        p.push_newlines(False)
        close(p, K.R_PAREN, "in `self()`: `self` takes no arguments")
        p.finish()
    else:
        p.start(K.SELF_EXPR)
        p.bump()
        p.finish()


def _paren(p: Parser) -> None:
    cp = p.checkpoint()
    open_tok = p.bump()
    p.push_newlines(False)
    if p.at(K.R_PAREN):
        p.start_at(cp, K.UNIT_EXPR)
        close(p, K.R_PAREN, "")
        p.finish()
        return
    count = 0
    trailing = False
    while not p.at(K.R_PAREN) and not p.at_eof():
        if not expr(p):
            p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
        count += 1
        trailing = p.at(K.COMMA)
        if not trailing:
            break
        comma = p.bump()
        if count == 1 and p.at(K.R_PAREN):
            p.error("a tuple needs at least two elements; remove the `,` for a "
                    "parenthesised expression", span=Span(comma.start, comma.end))
    p.start_at(cp, K.TUPLE_EXPR if count > 1 or trailing else K.PAREN_EXPR)
    close(p, K.R_PAREN, "to close the parenthesis", Span(open_tok.start, open_tok.end))
    p.finish()


def _list(p: Parser) -> None:
    p.start(K.LIST_EXPR)
    open_tok = p.bump()
    p.push_newlines(False)
    while not p.at(K.R_BRACKET) and not p.at_eof():
        if not expr(p):
            p.skip_until(frozenset({K.COMMA, K.R_BRACKET}))
        if not p.eat(K.COMMA):
            break
    close(p, K.R_BRACKET, "to close the list", Span(open_tok.start, open_tok.end))
    p.finish()


def _map_or_update(p: Parser) -> None:
    """`%{k => v, …}` or `%{s | f: v, …}`: one expression, then `=>` or `|` decides."""
    cp = p.checkpoint()
    open_tok = p.bump()
    opener = Span(open_tok.start, open_tok.end)
    p.push_newlines(False)
    if p.at(K.R_BRACE):
        p.start_at(cp, K.MAP_EXPR)
        close(p, K.R_BRACE, "")
        p.finish()
        return
    entry_cp = p.checkpoint()
    if not expr(p):
        p.start_at(cp, K.MAP_EXPR)
        close(p, K.R_BRACE, "to close the map", opener)
        p.finish()
        return
    if p.at(K.BAR):
        p.start_at(cp, K.STRUCT_UPDATE)
        p.bump()
        while not p.at(K.R_BRACE) and not p.at_eof():
            if not field_init(p):
                p.skip_until(frozenset({K.COMMA, K.R_BRACE}))
            if not p.eat(K.COMMA):
                break
        close(p, K.R_BRACE, "to close the struct update", opener)
        p.finish()
        return
    p.start_at(cp, K.MAP_EXPR)
    p.start_at(entry_cp, K.MAP_ENTRY)
    _map_entry_rest(p)
    while p.eat(K.COMMA):
        if p.at(K.R_BRACE):
            break
        p.start(K.MAP_ENTRY)
        if not expr(p):
            p.finish()
            p.skip_until(frozenset({K.COMMA, K.R_BRACE}))
            continue
        _map_entry_rest(p)
    close(p, K.R_BRACE, "to close the map", opener)
    p.finish()


def _map_entry_rest(p: Parser) -> None:
    if p.expect(K.FAT_ARROW, "between the map key and value"):
        if not expr(p):
            p.error(f"expected a map value, found {p.describe_current()}")
    p.finish()


def _simple(kind: K):
    def parse(p: Parser) -> None:
        p.start(kind)
        p.bump()
        p.finish()
    return parse


def _return(p: Parser) -> None:
    p.start(K.RETURN_EXPR)
    p.bump()
    if p.current not in RETURN_ENDS:
        expr(p)
    p.finish()


def _builtin_call(kind: K, word: str):
    """`spawn(...)`, `send(...)`, `link(...)`: the keyword must be followed by `(`."""
    def parse(p: Parser) -> None:
        p.start(kind)
        p.bump()
        if p.at(K.L_PAREN):
            arg_list(p)
        else:
            p.error(f"`{word}` must be followed by `(`, found {p.describe_current()}")
        p.finish()
    return parse


def _do_expr(p: Parser) -> None:
    p.start(K.DO_EXPR)
    do_tok = p.bump()
    do_block_rest(p, do_tok, "`do` block")
    p.finish()


# ---------------------------------------------------------------- blocks

def do_block_rest(p: Parser, do_tok, construct: str, extra_end: frozenset[K] = frozenset(),
                  actor: bool = False) -> None:
    """After `do`: a block in significant-newline mode, then `end`."""
    p.push_newlines(True)
    block(p, frozenset({K.END_KW}) | extra_end, actor=actor)
    expect_end(p, construct, do_tok)
    p.pop_newlines()


def expect_end(p: Parser, construct: str, opener, outdented=None) -> bool:
    """Close a construct with `end`.

    An `end` indented less than the line that opened the construct is taken to
    belong to an enclosing construct (this one lacks its `end`), so the error
    names the construct that was really left open.  A body that ran to the end
    of the file is reported at ``outdented`` (its first line indented like the
    opening one) when given: that is where the `end` was forgotten."""
    if p.at(K.END_KW) and not (opener is not None and
                               p.column(p.token.start) < p.line_indent(opener.start)):
        p.bump()
        return True
    secondary = []
    if opener is not None:
        secondary.append(Label(Span(opener.start, opener.end), f"{construct} opened here"))
    found = p.describe_current()
    span = None
    if p.at(K.END_KW):
        found = "an `end` indented for an enclosing block"
    elif p.at_eof() and outdented is not None:
        found = f"`{outdented.text}` indented like the line that opened it"
        span = Span(outdented.start, outdented.end)
    p.error(f"missing `end` to close the {construct}, found {found}", span=span,
            secondary=secondary)
    return False


def at_item_start(p: Parser) -> bool:
    """Does the current token begin an item (so a block before it lacks its `end`)?"""
    cur = p.current
    if cur in ITEM_KEYWORDS:
        return True
    if cur is K.FN_KW and p.nth(1) is K.IDENT and p.nth(2) in (K.L_PAREN, K.LT, K.EQ):
        return p.nth_token(1).text[:1].islower() or p.nth_token(1).text[:1] == "_"
    return False


def block(p: Parser, terminators: frozenset[K], *, actor: bool = False) -> None:
    """Statements separated by NEWLINE or `;`, up to a terminator (not consumed)."""
    p.start(K.BLOCK)
    terminate_seen = False
    while True:
        while p.at_sep():
            p.bump()
        if p.at_any(terminators) or p.at_eof() or at_item_start(p):
            break
        before = p.pos
        if actor and p.at(K.TERMINATE_KW):
            if terminate_seen:
                p.error("an actor may have only one `terminate` clause")
                p.quiet += 1
                _terminate_clause(p)
                p.quiet -= 1
            else:
                _terminate_clause(p)
            terminate_seen = True
        else:
            statement(p)
        if p.pos == before:
            p.err_bump(f"expected expression, found {p.describe_current()}")
        # at a line start the separator was consumed by a construct that lacks its `end`
        if not (p.at_sep() or p.at_any(terminators) or p.at_eof() or p.at_line_start()):
            if p.prev_significant_kind() is not K.ERROR_TOKEN:  # else: already reported
                p.error(f"expected a newline or `;` after the statement, found "
                        f"{p.describe_current()}")
            p.skip_until(SEPARATORS | terminators)
    p.finish()


def _terminate_clause(p: Parser) -> None:
    p.start(K.TERMINATE_CLAUSE)
    p.bump()
    do_tok = p.token
    if p.expect(K.DO_KW, "after `terminate`"):
        do_block_rest(p, do_tok, "`terminate` clause")
    p.finish()


def statement(p: Parser) -> None:
    if p.at(K.LET_KW):
        let_stmt(p)
        return
    if p.at(K.IDENT) and p.nth(1) is K.EQ:
        name = p.token.text
        p.error(f"Mesh has no assignment; use `let {name} = …` to bind a new value",
                help=["`let` may rebind (shadow) an existing name"])
        p.start(K.ERROR)
        p.bump()
        p.bump()
        p.quiet += 1
        expr(p)
        p.quiet -= 1
        p.finish()
        return
    expr(p)


def let_stmt(p: Parser) -> None:
    p.start(K.LET_STMT)
    p.bump()
    if p.at(K.IDENT) and p.token.text != "_" and p.nth(1) in (K.EQ, K.COLON2):
        # a single name binds, whatever its case (`let MAX = 5`, chapter 01 §4.1)
        p.start(K.IDENT_PAT)
        p.bump()
        p.finish()
    # `::` after the pattern is the annotation, never a cons pattern
    elif not pattern(p, allow_cons=False):
        p.skip_until(frozenset({K.EQ, K.COLON2, K.NEWLINE, K.SEMICOLON}))
    if p.at(K.COLON2):
        type_ann(p)
    if p.expect(K.EQ, "in `let`"):
        expr(p)
    p.finish()


# ---------------------------------------------------------------- control flow

def _header_expr(p: Parser, keyword: str) -> None:
    if p.at(K.DO_KW):
        p.error(f"expected an expression after `{keyword}`, found `do`")
        return
    if not expr(p):
        p.skip_until(frozenset({K.DO_KW, K.NEWLINE, K.SEMICOLON}))


def _expect_do(p: Parser, keyword: str):
    """The `do` token of a header, or None (after an error) when missing."""
    tok = p.token
    if p.at(K.DO_KW):
        p.bump()
        return tok
    p.error(f"expected `do` after the `{keyword}` header, found {p.describe_current()}")
    return None


def _if(p: Parser) -> None:
    p.start(K.IF_EXPR)
    if_tok = p.bump()
    _header_expr(p, "if")
    do_tok = _expect_do(p, "if")
    p.push_newlines(True)
    block(p, frozenset({K.END_KW, K.ELSE_KW}))
    if p.at(K.ELSE_KW):
        p.start(K.ELSE_BRANCH)
        p.bump()
        if p.at(K.IF_KW):
            p.pop_newlines()
            _if(p)
            p.finish()
            p.finish()
            return
        block(p, frozenset({K.END_KW}))
        p.finish()
    expect_end(p, "`if`", do_tok or if_tok)
    p.pop_newlines()
    p.finish()


def _case(p: Parser) -> None:
    p.start(K.CASE_EXPR)
    kw = p.bump()
    word = kw.text
    _header_expr(p, word)
    do_tok = _expect_do(p, word)
    p.push_newlines(True)
    arms(p, f"`{word}`", do_tok or kw)
    expect_end(p, f"`{word}`", do_tok or kw)
    p.pop_newlines()
    p.finish()


def arms(p: Parser, construct: str, opener, allow_after: bool = False) -> None:
    """Match arms `pattern [when guard] -> expr`, one per line, until `end`."""
    after_seen = False
    while True:
        while p.at_sep():
            p.bump()
        if p.at(K.END_KW) or p.at_eof() or at_item_start(p) or _leaves_arms(p, opener):
            return
        before = p.pos
        if allow_after and p.at(K.AFTER_KW):
            _after_clause(p)
            after_seen = True
        else:
            if after_seen:
                p.error("`after` must be the last clause of `receive`")
            _arm(p)
        if p.pos == before:
            p.err_bump(f"expected a pattern, found {p.describe_current()}")
        if not (p.at_sep() or p.at(K.END_KW) or p.at_eof() or p.at_line_start()):
            p.error(f"expected a newline or `;` after the {construct} arm, found "
                    f"{p.describe_current()}")
            p.skip_until(SEPARATORS | {K.END_KW})


def _leaves_arms(p: Parser, opener) -> bool:
    """Is the current line a statement after an arm list that lacks its `end`?

    It is when it starts no deeper than the line that opened the `case`/`receive`
    and cannot be an arm: it does not start like a pattern, or has no `->`.
    Valid arms always have a `->`, so this never cuts a well-formed arm list."""
    if opener is None or not p.at_line_start():
        return False
    if p.line_indent(p.token.start) > p.line_indent(opener.start):
        return False
    return p.current not in _ARM_START or not _line_has_arm_arrow(p)


def _line_has_arm_arrow(p: Parser) -> bool:
    """Does the current line have a `->` at bracket depth 0 before any `fn`?"""
    kinds = p.kinds
    i = p._next_index()
    depth = 0
    last = None
    while kinds[i] is not K.EOF:
        k = kinds[i]
        if k in ALWAYS_TRIVIA:
            i += 1
            continue
        if k is K.NEWLINE and depth == 0 and last not in CONTINUATION:
            return False
        if k in _OPENERS:
            depth += 1
        elif k in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0 and k is K.FN_KW:
            return False
        elif depth == 0 and k is K.ARROW:
            return True
        if k is not K.NEWLINE:
            last = k
        i += 1
    return False


_ARM_START = PATTERN_START | {K.AFTER_KW}
_OPENERS = frozenset({K.L_PAREN, K.L_BRACKET, K.L_BRACE, K.PERCENT_BRACE, K.INTERP_START})
_CLOSERS = frozenset({K.R_PAREN, K.R_BRACKET, K.R_BRACE, K.INTERP_END})


def _arm(p: Parser) -> None:
    p.start(K.MATCH_ARM)
    if pattern(p):
        if p.at(K.WHEN_KW):
            guard(p)
        if p.expect(K.ARROW, "after the pattern"):
            expr(p)
        else:
            p.skip_until(SEPARATORS | {K.END_KW})
    else:
        p.skip_until(SEPARATORS | {K.END_KW})
    p.finish()


def _after_clause(p: Parser) -> None:
    p.start(K.AFTER_CLAUSE)
    p.bump()
    if expr(p) and p.expect(K.ARROW, "after the `after` timeout"):
        expr(p)
    p.finish()


def guard(p: Parser) -> None:
    p.start(K.GUARD)
    p.bump()
    expr(p)
    p.finish()


def _receive(p: Parser) -> None:
    p.start(K.RECEIVE_EXPR)
    kw = p.bump()
    do_tok = _expect_do(p, "receive")
    p.push_newlines(True)
    arms(p, "`receive`", do_tok or kw, allow_after=True)
    expect_end(p, "`receive`", do_tok or kw)
    p.pop_newlines()
    p.finish()


def _for(p: Parser) -> None:
    p.start(K.FOR_EXPR)
    kw = p.bump()
    if p.at(K.L_BRACE):
        brace_tuple_pattern(p)
    elif not pattern(p):
        p.skip_until(frozenset({K.IN_KW, K.DO_KW, K.NEWLINE}))
    if p.expect(K.IN_KW, "after the `for` binding"):
        _header_expr(p, "in")
    if p.at(K.WHEN_KW):
        guard(p)
    do_tok = _expect_do(p, "for")
    do_block_rest(p, do_tok or kw, "`for` loop")
    p.finish()


def _while(p: Parser) -> None:
    p.start(K.WHILE_EXPR)
    kw = p.bump()
    _header_expr(p, "while")
    do_tok = _expect_do(p, "while")
    do_block_rest(p, do_tok or kw, "`while` loop")
    p.finish()


# ---------------------------------------------------------------- closures

def _closure(p: Parser) -> None:
    """`fn` clause { `|` clause } `end` (chapter 02 §4.9)."""
    p.start(K.CLOSURE_EXPR)
    fn_tok = p.bump(continues=True)  # a newline right after `fn` is ignored
    clauses = 0
    arrow_mode_open = False  # an arrow body pushed a newline mode still to pop
    while True:
        clauses += 1
        body = _closure_clause(p)
        if body == "do" and clauses > 1:
            p.error("a closure with several clauses must use `->` bodies")
        if body == "->" and p.at(K.BAR):
            p.pop_newlines()
            p.bump(continues=True)
            continue
        arrow_mode_open = body == "->"
        break
    expect_end(p, "closure", fn_tok)
    if arrow_mode_open:
        p.pop_newlines()
    p.finish()


def _closure_clause(p: Parser) -> str | None:
    p.start(K.CLOSURE_CLAUSE)
    if p.at(K.L_PAREN):
        param_list(p)
    elif p.current not in (K.ARROW, K.DO_KW, K.WHEN_KW):
        _bare_params(p)
    if p.at(K.WHEN_KW):
        guard(p)
    result = None
    if p.at(K.ARROW):
        p.bump(continues=False)
        p.push_newlines(True)  # popped by the caller at `|` or `end`
        block(p, frozenset({K.END_KW, K.BAR}))
        result = "->"
    elif p.at(K.DO_KW):
        p.bump()
        p.push_newlines(True)
        block(p, frozenset({K.END_KW}))
        p.pop_newlines()
        result = "do"
    else:
        p.error(f"expected `->` or `do` after the closure parameters, found "
                f"{p.describe_current()}")
        p.skip_until(frozenset({K.END_KW, K.BAR, K.NEWLINE, K.SEMICOLON}))
    p.finish()
    return result


def _bare_params(p: Parser) -> None:
    p.start(K.PARAM_LIST)
    while True:
        param(p, bare=True)
        if not p.eat(K.COMMA):
            break
    p.finish()


def param_list(p: Parser) -> None:
    p.start(K.PARAM_LIST)
    open_tok = p.bump()
    p.push_newlines(False)
    while not p.at(K.R_PAREN) and not p.at_eof():
        if not param(p):
            p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
        if not p.eat(K.COMMA):
            break
    close(p, K.R_PAREN, "to close the parameter list", Span(open_tok.start, open_tok.end))
    p.finish()


def param(p: Parser, bare: bool = False) -> bool:
    """A parameter: `self`, `name [:: T]`, or a pattern."""
    p.start(K.PARAM)
    ok = True
    if p.at(K.SELF_KW):
        p.bump()
    elif p.at(K.IDENT) and p.nth(1) is K.COLON2 and not p.token.text[:1].isupper():
        p.start(K.IDENT_PAT)
        p.bump()
        p.finish()
    elif bare:
        ok = primary_pattern(p)
    else:
        ok = pattern(p)
    if ok and p.at(K.COLON2):
        type_ann(p)
    p.finish()
    return ok


_PRIMARY = {
    K.STRING_START: _string,
    K.SELF_KW: _self,
    K.L_PAREN: _paren,
    K.L_BRACKET: _list,
    K.PERCENT_BRACE: _map_or_update,
    K.FN_KW: _closure,
    K.DO_KW: _do_expr,
    K.IF_KW: _if,
    K.CASE_KW: _case,
    K.MATCH_KW: _case,
    K.FOR_KW: _for,
    K.WHILE_KW: _while,
    K.BREAK_KW: _simple(K.BREAK_EXPR),
    K.CONTINUE_KW: _simple(K.CONTINUE_EXPR),
    K.RETURN_KW: _return,
    K.SPAWN_KW: _builtin_call(K.SPAWN_EXPR, "spawn"),
    K.SEND_KW: _builtin_call(K.SEND_EXPR, "send"),
    K.LINK_KW: _builtin_call(K.LINK_EXPR, "link"),
    K.RECEIVE_KW: _receive,
}
