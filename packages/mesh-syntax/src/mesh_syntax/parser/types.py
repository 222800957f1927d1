"""Type expressions (chapter 02 §7): names, generics, `T?`, `T!E`, tuples, `Fun(A) -> B`."""

from __future__ import annotations

from ..syntax_kind import SyntaxKind as K
from .core import Parser


def type_expr(p: Parser) -> bool:
    """type ::= opt_type [ "!" type ]  (right-associative)."""
    if not p.enter():
        return False
    try:
        cp = p.checkpoint()
        if not _opt_type(p):
            return False
        if p.at(K.BANG):
            p.start_at(cp, K.RESULT_TYPE)
            p.bump(continues=True)
            if not type_expr(p):
                p.error(f"expected the error type after `!`, found {p.describe_current()}")
            p.finish()
        return True
    finally:
        p.leave()


def _opt_type(p: Parser) -> bool:
    cp = p.checkpoint()
    if not _base_type(p):
        return False
    if p.at(K.QUESTION):
        p.start_at(cp, K.OPTION_TYPE)
        p.bump()
        p.finish()
        if p.at(K.QUESTION):
            p.err_bump("`T??` is not a type; write `Option<T?>`")
    return True


def _base_type(p: Parser) -> bool:
    cur = p.current
    if cur is K.L_PAREN:
        _paren_type(p)
        return True
    if cur is K.IDENT and p.token.text == "Fun" and p.nth(1) is K.L_PAREN:
        _fun_type(p)
        return True
    if cur is K.IDENT or cur is K.SELF_KW:
        name_type(p)
        return True
    p.error(f"expected a type, found {p.describe_current()}")
    return False


def name_type(p: Parser) -> None:
    """A (possibly qualified) type name with optional generic arguments."""
    p.start(K.NAME_TYPE)
    p.bump(K.IDENT)
    while p.at(K.DOT) and p.nth(1) is K.IDENT:
        p.bump()
        p.bump()
    if p.at(K.LT):
        type_args(p)
    p.finish()


def type_args(p: Parser) -> None:
    """`<` type { `,` type } [`,`] `>` — the `>` is not an infix operator, so a
    newline after it still ends the line."""
    p.start(K.TYPE_ARG_LIST)
    p.bump()
    p.push_newlines(False)
    while not p.at(K.GT) and not p.at_eof():
        if not type_expr(p):
            break
        if not p.eat(K.COMMA):
            break
    if p.at(K.GT):
        p.bump(continues=False)
    else:
        p.error(f"expected `>` to close the type arguments, found {p.describe_current()}")
    p.pop_newlines()
    p.finish()


def _paren_type(p: Parser) -> None:
    cp = p.checkpoint()
    p.bump()
    p.push_newlines(False)
    if p.at(K.R_PAREN):
        p.start_at(cp, K.UNIT_TYPE)
        p.bump(continues=False)
        p.pop_newlines()
        p.finish()
        return
    count = 0
    trailing = False
    while not p.at(K.R_PAREN) and not p.at_eof():
        if not type_expr(p):
            break
        count += 1
        trailing = p.eat(K.COMMA)
        if not trailing:
            break
    kind = K.TUPLE_TYPE if count > 1 or trailing else K.PAREN_TYPE
    p.start_at(cp, kind)
    if not p.at(K.R_PAREN):
        p.error(f"expected `)` to close the type, found {p.describe_current()}")
    else:
        p.bump(continues=False)
    p.pop_newlines()
    p.finish()


def _fun_type(p: Parser) -> None:
    p.start(K.FUN_TYPE)
    p.bump()  # Fun
    p.bump()  # (
    p.push_newlines(False)
    while not p.at(K.R_PAREN) and not p.at_eof():
        if not type_expr(p):
            break
        if not p.eat(K.COMMA):
            break
    p.expect(K.R_PAREN, "to close the parameter types of `Fun`")
    p.pop_newlines()
    if p.expect(K.ARROW, "after `Fun(...)`"):
        type_expr(p)
    p.finish()


def type_ann(p: Parser) -> None:
    """`::` type, as a TYPE_ANN node."""
    p.start(K.TYPE_ANN)
    p.bump()
    type_expr(p)
    p.finish()
