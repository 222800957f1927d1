"""Patterns (chapter 02 §9): loosest first `as`, then `::` (right-assoc), then `|`."""

from __future__ import annotations

from ..syntax_kind import SyntaxKind as K
from .core import Parser

PATTERN_START = frozenset({
    K.IDENT, K.INT, K.FLOAT, K.MINUS, K.STRING_START, K.TRUE_KW, K.FALSE_KW, K.NIL_KW,
    K.ATOM, K.L_PAREN, K.L_BRACKET,
})


def pattern(p: Parser, *, allow_or: bool = True, allow_cons: bool = True) -> bool:
    """pattern ::= cons_pat [ "as" LIDENT ]."""
    if not p.enter():
        return False
    try:
        cp = p.checkpoint()
        if not _cons_pat(p, allow_or, allow_cons):
            return False
        while p.at_ident("as") and allow_cons:
            p.start_at(cp, K.AS_PAT)
            p.bump()
            if p.at(K.IDENT):
                p.bump()
            else:
                p.error(f"expected a name after `as`, found {p.describe_current()}")
            p.finish()
        return True
    finally:
        p.leave()


def _cons_pat(p: Parser, allow_or: bool, allow_cons: bool) -> bool:
    cp = p.checkpoint()
    if not _or_pat(p, allow_or):
        return False
    if allow_cons and p.at(K.COLON2):
        p.start_at(cp, K.CONS_PAT)
        p.bump()
        if not p.enter():
            p.finish()
            return True
        _cons_pat(p, allow_or, allow_cons)
        p.leave()
        p.finish()
    return True


def _or_pat(p: Parser, allow_or: bool) -> bool:
    cp = p.checkpoint()
    if not primary_pattern(p):
        return False
    if allow_or and p.at(K.BAR):
        p.start_at(cp, K.OR_PAT)
        while p.at(K.BAR):
            p.bump(continues=True)
            if not primary_pattern(p):
                break
        p.finish()
    return True


def primary_pattern(p: Parser) -> bool:
    cur = p.current
    tok = p.token
    if cur is K.IDENT:
        if tok.text == "_":
            _single(p, K.WILDCARD_PAT)
        elif tok.text[0].isupper():
            _constructor_pat(p)
        else:
            _single(p, K.IDENT_PAT)
        return True
    if cur in (K.INT, K.FLOAT, K.TRUE_KW, K.FALSE_KW, K.NIL_KW, K.ATOM):
        _single(p, K.LITERAL_PAT)
        return True
    if cur is K.MINUS:
        p.start(K.LITERAL_PAT)
        p.bump(continues=False)
        if p.at(K.INT) or p.at(K.FLOAT):
            p.bump()
        else:
            p.error(f"expected a number after `-` in a pattern, found {p.describe_current()}")
        p.finish()
        return True
    if cur is K.STRING_START:
        from .exprs import string_lit

        p.start(K.LITERAL_PAT)
        if string_lit(p):
            p.error("interpolation is not allowed in patterns",
                    span=p.last_interpolation_span,
                    help=["bind the value with a name and compare it in a `when` guard"])
        p.finish()
        return True
    if cur is K.L_PAREN:
        _paren_pat(p)
        return True
    if cur is K.L_BRACKET:
        p.start(K.LIST_PAT)
        p.bump()
        p.push_newlines(False)
        if not p.at(K.R_BRACKET):
            p.error("only the empty list `[]` is a list pattern; match elements with "
                    "`head :: tail`")
            p.skip_until(frozenset({K.R_BRACKET}))
        p.eat(K.R_BRACKET)
        p.pop_newlines()
        p.finish()
        return True
    p.error(f"expected a pattern, found {p.describe_current()}")
    return False


def _single(p: Parser, kind: K) -> None:
    p.start(kind)
    p.bump()
    p.finish()


def _constructor_pat(p: Parser) -> None:
    p.start(K.CONSTRUCTOR_PAT)
    p.bump()
    while p.at(K.DOT) and p.nth(1) is K.IDENT:
        p.bump()
        p.bump(continues=False)
    if p.at(K.L_PAREN):
        p.start(K.PAT_ARG_LIST)
        p.bump()
        p.push_newlines(False)
        while not p.at(K.R_PAREN) and not p.at_eof():
            if not pattern(p):
                p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
            if not p.eat(K.COMMA):
                break
        p.expect(K.R_PAREN, "to close the constructor pattern")
        p.pop_newlines()
        p.finish()
    p.finish()


def _paren_pat(p: Parser) -> None:
    cp = p.checkpoint()
    p.bump()
    p.push_newlines(False)
    if p.at(K.R_PAREN):
        p.start_at(cp, K.UNIT_PAT)
        p.bump()
        p.pop_newlines()
        p.finish()
        return
    count = 0
    trailing = False
    while not p.at(K.R_PAREN) and not p.at_eof():
        if not pattern(p):
            p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
        count += 1
        trailing = p.eat(K.COMMA)
        if not trailing:
            break
    p.start_at(cp, K.TUPLE_PAT if count > 1 or trailing else K.PAREN_PAT)
    p.expect(K.R_PAREN, "to close the pattern")
    p.pop_newlines()
    p.finish()


def brace_tuple_pattern(p: Parser) -> None:
    """`{k, v}` binding of a `for` loop over a map (chapter 02 §6.3)."""
    p.start(K.TUPLE_PAT)
    p.bump()
    p.push_newlines(False)
    while not p.at(K.R_BRACE) and not p.at_eof():
        if not pattern(p):
            p.skip_until(frozenset({K.COMMA, K.R_BRACE}))
        if not p.eat(K.COMMA):
            break
    p.expect(K.R_BRACE, "to close the `{…}` binding")
    p.pop_newlines()
    p.finish()
