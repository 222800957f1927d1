"""Items (chapter 02 §1, §3, §5.1, §8, §10, §11): the top level of a file and of
inline modules, and the bodies of structs, sum types, interfaces, impls,
actors, services and supervisors."""

from __future__ import annotations

from ..diagnostics import Span
from ..lexer import Token
from ..syntax_kind import SyntaxKind as K
from .core import ALWAYS_TRIVIA, Parser
from .exprs import (
    SEPARATORS,
    block,
    do_block_rest,
    expect_end,
    expr,
    guard,
    let_stmt,
    param_list,
    statement,
    string_lit,
)
from .types import name_type, type_ann, type_expr

PUB_ALLOWED = frozenset({K.FN_KW, K.DEF_KW, K.STRUCT_KW, K.TYPE_KW, K.INTERFACE_KW,
                         K.MODULE_KW, K.ACTOR_KW, K.SERVICE_KW, K.SUPERVISOR_KW})
PUB_HELP = ("`pub` may only precede `fn`, `def`, `struct`, `type`, `interface`, `module`, "
            "`actor`, `service` or `supervisor`")
# Words that begin a top-level item but never a member: a body before them lacks `end`.
_MEMBER_STOP = frozenset({K.STRUCT_KW, K.INTERFACE_KW, K.IMPL_KW, K.ACTOR_KW, K.SERVICE_KW,
                          K.SUPERVISOR_KW, K.MODULE_KW, K.IMPORT_KW})
# Bodies without functions (struct, sum type, supervisor) also end at these words.
_DATA_MEMBER_STOP = _MEMBER_STOP | {K.FN_KW, K.DEF_KW, K.PUB_KW, K.TYPE_KW, K.LET_KW}
SCHEMA_WORDS = frozenset({"table", "primary_key", "timestamps", "belongs_to", "has_many",
                          "has_one"})


def source_file(p: Parser) -> None:
    p.builder.start_node(K.SOURCE_FILE)  # leading trivia belong inside the root
    items(p, top_level=True)
    if not p.at_eof():
        p.skip_until(frozenset())
    # the root is closed by Parser.finish_tree, after the trailing trivia


def items(p: Parser, *, top_level: bool, opener: Token | None = None) -> Token | None:
    """Items separated by newlines or `;`, up to EOF (top level) or `end` (module).

    Returns the first item indented no deeper than ``opener``'s line (see
    :func:`_outdented`)."""
    outdented = None
    while True:
        while p.at_sep():
            p.bump()
        if p.at_eof() or (not top_level and p.at(K.END_KW)):
            return outdented
        outdented = outdented or _outdented(p, opener)
        before = p.pos
        item(p, top_level=top_level)
        if p.pos == before:
            p.err_bump(f"expected an item, found {p.describe_current()}")
        if not (p.at_sep() or p.at_eof() or (not top_level and p.at(K.END_KW))
                or p.at_line_start()):  # recovery may have consumed the separator
            if top_level and p.at(K.END_KW):
                p.error("unexpected `end`: there is no open block to close here")
            else:
                p.error(f"expected a newline or `;` after the item, found "
                        f"{p.describe_current()}")
            p.skip_until(SEPARATORS)


def item(p: Parser, *, top_level: bool) -> None:
    cp = p.checkpoint()
    is_pub = False
    if p.at(K.PUB_KW):
        pub_tok = p.bump()
        is_pub = True
        if p.current not in PUB_ALLOWED:
            what = p.describe_current()
            if p.at(K.LET_KW):
                p.error("`pub let` is not allowed: module constants are private to their file",
                        span=Span(pub_tok.start, pub_tok.end), help=[PUB_HELP])
            elif p.at(K.IMPL_KW):
                p.error("`pub impl` is not allowed: impls are global to the program",
                        span=Span(pub_tok.start, pub_tok.end), help=[PUB_HELP])
            else:
                p.error(f"{PUB_HELP}; found {what}", span=Span(pub_tok.start, pub_tok.end))
    cur = p.current
    if cur in (K.FN_KW, K.DEF_KW):
        fn_def(p, cp)
    elif cur is K.IMPORT_KW:
        _import(p, cp, top_level)
    elif cur is K.IDENT and p.token.text == "from" and p.nth(1) is K.IDENT:
        _from_import(p, cp, top_level)
    elif cur is K.STRUCT_KW:
        _struct(p, cp)
    elif cur is K.TYPE_KW:
        _type_def(p, cp)
    elif cur is K.INTERFACE_KW:
        _interface(p, cp)
    elif cur is K.IMPL_KW:
        _impl(p, cp)
    elif cur is K.MODULE_KW:
        _module(p, cp)
    elif cur is K.ACTOR_KW:
        _actor(p, cp)
    elif cur is K.SERVICE_KW:
        _service(p, cp)
    elif cur is K.SUPERVISOR_KW:
        _supervisor(p, cp)
    elif cur is K.LET_KW:
        if is_pub:
            p.start_at(cp, K.ERROR)
            let_stmt(p)
            p.finish()
        else:
            let_stmt(p)
    elif cur is K.IDENT and p.token.text == "test" and p.is_test and p.nth(1) in (
            K.STRING_START, K.L_PAREN):
        _test(p, cp)
    elif is_pub:
        p.start_at(cp, K.ERROR)
        p.finish()
    else:
        _not_an_item(p)


def _not_an_item(p: Parser) -> None:
    """A statement where an item belongs: report once, then skip to the next line
    that starts an item, so the rest of the stray code adds no errors."""
    if p.at(K.IDENT) and p.nth(1) is K.EQ:
        statement(p)  # reports the assignment error itself
    elif p.at(K.END_KW):
        p.err_bump("unexpected `end`: there is no open block to close here")
        return
    elif p.at_ident("test") and p.nth(1) in (K.STRING_START, K.L_PAREN):
        p.error("`test` blocks are only allowed in `*.test.mpl` files")
    else:
        p.error(f"expected an item (`fn`, `let`, `struct`, `type`, `import`, …), found "
                f"{p.describe_current()}",
                help=["expressions may only appear inside functions; a top-level `let` "
                      "defines a module constant"])
    p.start(K.ERROR)
    p.quiet += 1
    before = p.pos
    statement(p)
    if p.pos == before:
        p.bump()
    while not p.at_eof() and not (p.at_line_start() and (
            _starts_item(p) or (_at_column_zero(p) and not p.at(K.END_KW)))):
        p.bump()
    p.quiet -= 1
    p.finish()


def _at_column_zero(p: Parser) -> bool:
    i = p._next_index()
    return i == 0 or p.kinds[i - 1] in (K.NEWLINE, K.BOM)


def _starts_item(p: Parser) -> bool:
    cur = p.current
    if cur in (K.FN_KW, K.DEF_KW, K.PUB_KW, K.STRUCT_KW, K.TYPE_KW, K.INTERFACE_KW,
               K.IMPL_KW, K.MODULE_KW, K.ACTOR_KW, K.SERVICE_KW, K.SUPERVISOR_KW,
               K.IMPORT_KW, K.LET_KW):
        return True
    if cur is K.IDENT:
        text = p.token.text
        return (text == "from" and p.nth(1) is K.IDENT) or (text == "test" and p.is_test)
    return False


def _name(p: Parser, what: str, after: str) -> bool:
    if p.at(K.IDENT):
        p.bump()
        return True
    p.error(f"expected {what} after `{after}`, found {p.describe_current()}")
    return False


# ---------------------------------------------------------------- imports

def module_path(p: Parser) -> None:
    p.start(K.MODULE_PATH)
    if p.at(K.IDENT):
        p.bump()
        while p.at(K.DOT) and p.nth(1) is K.IDENT:
            p.bump()
            p.bump(continues=False)
    else:
        p.error(f"expected a module name, found {p.describe_current()}")
    p.finish()


def _import(p: Parser, cp: int, top_level: bool) -> None:
    p.start_at(cp, K.IMPORT_DECL)
    kw = p.bump()
    if not top_level:
        p.error("`import` is only allowed at the top level of a file",
                span=Span(kw.start, kw.end))
    module_path(p)
    p.finish()


def _from_import(p: Parser, cp: int, top_level: bool) -> None:
    p.start_at(cp, K.FROM_IMPORT)
    kw = p.bump()
    if not top_level:
        p.error("`from … import` is only allowed at the top level of a file",
                span=Span(kw.start, kw.end))
    module_path(p)
    if p.expect(K.IMPORT_KW, "after the module path"):
        if p.at(K.STAR):
            p.error("glob imports are not allowed: list the names to import, e.g. "
                    "`from M import a, B`", label="names must be listed")
            p.err_bump()
        else:
            while True:
                if p.at(K.IDENT):
                    p.start(K.IMPORT_NAME)
                    p.bump()
                    p.finish()
                else:
                    p.error(f"expected a name to import, found {p.describe_current()}")
                    break
                if not p.eat(K.COMMA):
                    break
    p.finish()


# ---------------------------------------------------------------- functions

def fn_def(p: Parser, cp: int, *, body_required: bool = True) -> None:
    p.start_at(cp, K.FN_DEF)
    fn_tok = p.bump()
    _name(p, "a function name", fn_tok.text)
    if p.at(K.LT):
        generic_params(p)
    if p.at(K.L_PAREN):
        param_list(p)
    if p.at(K.ARROW):
        p.start(K.RET_TYPE)
        p.bump(continues=False)
        type_expr(p)
        p.finish()
    if p.at(K.WHERE_KW):
        where_clause(p)
    if p.at(K.WHEN_KW):
        guard(p)
    if p.at(K.EQ):
        p.start(K.EXPR_BODY)
        p.bump()
        expr(p)
        p.finish()
    elif p.at(K.DO_KW):
        do_tok = p.bump()
        do_block_rest(p, do_tok, "function body")
    elif body_required:
        p.error(f"expected `=` or `do` after the function signature, found "
                f"{p.describe_current()}")
        if _indented_body_follows(p, fn_tok):
            _body_without_do(p)
    p.finish()


def _indented_body_follows(p: Parser, fn_tok: Token) -> bool:
    """After a signature that ends its line: is the next line indented deeper
    than the `fn` line (a body whose `do` was forgotten)?"""
    if not p.at_sep():
        return False
    kinds = p.kinds
    i = p._next_index()
    while kinds[i] in ALWAYS_TRIVIA or kinds[i] in SEPARATORS:
        i += 1
    if kinds[i] in (K.EOF, K.END_KW):
        return False
    start = p.tokens[i].start
    return p.line_indent(start) > p.line_indent(fn_tok.start)


def _body_without_do(p: Parser) -> None:
    """Parse the body as if `do` were there, so its statements and its `end` are
    not reported as stray top-level code (the missing `do` is the one error)."""
    p.push_newlines(True)
    block(p, frozenset({K.END_KW}))
    p.eat(K.END_KW)
    p.pop_newlines()


def generic_params(p: Parser) -> None:
    p.start(K.GENERIC_PARAMS)
    p.bump()
    p.push_newlines(False)
    while p.at(K.IDENT):
        p.bump()
        if not p.eat(K.COMMA):
            break
    if p.at(K.GT):
        p.bump(continues=False)
    else:
        p.error(f"expected `>` to close the type parameters, found {p.describe_current()}")
    p.pop_newlines()
    p.finish()


def where_clause(p: Parser) -> None:
    p.start(K.WHERE_CLAUSE)
    p.bump()
    while True:
        p.start(K.BOUND)
        if _name(p, "a type parameter", "where"):
            if p.expect(K.COLON, "in the `where` bound"):
                module_path(p)
        p.finish()
        if not p.eat(K.COMMA):
            break
    p.finish()


# ---------------------------------------------------------------- type definitions

def _struct(p: Parser, cp: int) -> None:
    p.start_at(cp, K.STRUCT_DEF)
    p.bump()
    _name(p, "a struct name", "struct")
    if p.at(K.LT):
        generic_params(p)
    do_tok = _body_do(p, "struct")
    if do_tok is not None:
        p.push_newlines(True)
        _members(p, _struct_member, "struct body", _DATA_MEMBER_STOP)
        expect_end(p, "struct body", do_tok)
        p.pop_newlines()
        _deriving(p)
    p.finish()


def _body_do(p: Parser, what: str):
    tok = p.token
    if p.at(K.DO_KW):
        p.bump()
        return tok
    p.error(f"expected `do` to open the {what} body, found {p.describe_current()}")
    return None


def _members(p: Parser, member, construct: str, stop: frozenset[K] = _MEMBER_STOP,
             opener: Token | None = None) -> Token | None:
    """Newline-separated members up to `end`, with recovery at each line; a word in
    ``stop`` begins the next item, so the body before it lacks its `end`.

    Returns the first member indented no deeper than ``opener``'s line."""
    outdented = None
    while True:
        while p.at_sep():
            p.bump()
        if p.at(K.END_KW) or p.at_eof() or p.at_any(stop):
            return outdented
        outdented = outdented or _outdented(p, opener)
        before = p.pos
        member(p)
        if p.pos == before:
            p.err_bump(f"unexpected {p.describe_current()} in the {construct}")
        if p.at(K.COMMA):
            p.error(f"members of a {construct} are separated by newlines, not commas")
            p.err_bump()
            continue
        if not (p.at_sep() or p.at(K.END_KW) or p.at_eof()):
            p.error(f"expected a newline or `;` in the {construct}, found "
                    f"{p.describe_current()}")
            p.skip_until(SEPARATORS | {K.END_KW})


def _outdented(p: Parser, opener: Token | None) -> Token | None:
    """The current token when it starts a line indented no deeper than the line of
    ``opener``.  Unindented members are valid, so this only moves the error of a
    body that runs to the end of the file to the place its `end` was forgotten."""
    if opener is None or not p.at_line_start():
        return None
    if p.line_indent(p.token.start) > p.line_indent(opener.start):
        return None
    return p.token


def _struct_member(p: Parser) -> None:
    tok = p.token
    if tok.kind is K.IDENT and tok.text in SCHEMA_WORDS and p.nth(1) is not K.COLON2:
        p.start(K.SCHEMA_OPTION)
        p.bump()
        while True:
            if not expr(p):
                break
            if not p.eat(K.COMMA):
                break
        p.finish()
        return
    if tok.kind is not K.IDENT:
        p.err_bump(f"expected a field name, found {p.describe_current()}")
        return
    p.start(K.FIELD_DEF)
    p.bump()
    if p.at(K.COLON2):
        type_ann(p)
    else:
        p.error(f"expected `::` and the field's type, found {p.describe_current()}")
    p.finish()


def _deriving(p: Parser) -> None:
    if not p.at_ident("deriving"):
        return
    p.start(K.DERIVING)
    p.bump()
    if p.expect(K.L_PAREN, "after `deriving`"):
        p.push_newlines(False)
        while p.at(K.IDENT):
            p.bump()
            if not p.eat(K.COMMA):
                break
        p.expect(K.R_PAREN, "to close `deriving(…)`")
        p.pop_newlines()
    p.finish()


def _type_def(p: Parser, cp: int) -> None:
    """`type Name<…> = T` (alias) or `type Name<…> do variants end` (sum type); the
    node kind is chosen at `=`/`do`, the header is wrapped through the checkpoint."""
    p.bump()
    _name(p, "a type name", "type")
    if p.at(K.LT):
        generic_params(p)
    if p.at(K.EQ):
        p.start_at(cp, K.TYPE_ALIAS)
        p.bump()
        type_expr(p)
        p.finish()
        return
    p.start_at(cp, K.SUM_TYPE_DEF)
    do_tok = _body_do(p, "sum type")
    if do_tok is not None:
        p.push_newlines(True)
        _members(p, _variant, "sum type body", _DATA_MEMBER_STOP)
        expect_end(p, "sum type body", do_tok)
        p.pop_newlines()
        _deriving(p)
    p.finish()


def _variant(p: Parser) -> None:
    if not (p.at(K.IDENT) and p.token.text[:1].isupper()):
        p.err_bump(f"expected a variant name, found {p.describe_current()}")
        return
    p.start(K.VARIANT)
    p.bump()
    if p.at(K.L_PAREN):
        p.bump()
        p.push_newlines(False)
        while not p.at(K.R_PAREN) and not p.at_eof():
            p.start(K.VARIANT_FIELD)
            if p.at(K.IDENT) and p.nth(1) is K.COLON2:
                p.bump()
                type_ann(p)
            elif not type_expr(p):
                p.finish()
                p.skip_until(frozenset({K.COMMA, K.R_PAREN}))
                if not p.eat(K.COMMA):
                    break
                continue
            p.finish()
            if not p.eat(K.COMMA):
                break
        p.expect(K.R_PAREN, "to close the variant fields")
        p.pop_newlines()
    p.finish()


def _interface(p: Parser, cp: int) -> None:
    p.start_at(cp, K.INTERFACE_DEF)
    p.bump()
    _name(p, "an interface name", "interface")
    if p.at(K.LT):
        generic_params(p)
    do_tok = _body_do(p, "interface")
    if do_tok is not None:
        p.push_newlines(True)
        outdented = _members(p, _interface_member, "interface body", opener=do_tok)
        expect_end(p, "interface", do_tok, outdented)
        p.pop_newlines()
    p.finish()


def _interface_member(p: Parser) -> None:
    if p.at(K.TYPE_KW):
        p.start(K.ASSOC_TYPE)
        p.bump()
        _name(p, "an associated type name", "type")
        p.finish()
    elif p.at(K.FN_KW) or p.at(K.DEF_KW):
        fn_def(p, p.checkpoint(), body_required=False)
    else:
        p.err_bump(f"expected `fn` or `type` in the interface, found {p.describe_current()}")


def _impl(p: Parser, cp: int) -> None:
    p.start_at(cp, K.IMPL_DEF)
    p.bump()
    if p.at(K.IDENT):
        name_type(p)
    else:
        p.error(f"expected an interface name after `impl`, found {p.describe_current()}")
    if p.expect(K.FOR_KW, "after the interface name"):
        if p.at(K.IDENT) or p.at(K.L_PAREN):
            type_expr(p)
        else:
            p.error(f"expected the implementing type after `for`, found "
                    f"{p.describe_current()}")
    if p.at(K.WHERE_KW):
        where_clause(p)
    do_tok = _body_do(p, "impl")
    if do_tok is not None:
        p.push_newlines(True)
        outdented = _members(p, _impl_member, "impl body", opener=do_tok)
        expect_end(p, "impl", do_tok, outdented)
        p.pop_newlines()
    p.finish()


def _impl_member(p: Parser) -> None:
    if p.at(K.TYPE_KW):
        p.start(K.ASSOC_TYPE)
        p.bump()
        _name(p, "an associated type name", "type")
        if p.expect(K.EQ, "in the associated type binding"):
            type_expr(p)
        p.finish()
        return
    cp = p.checkpoint()
    if p.at(K.PUB_KW):
        p.bump()
    if p.at(K.FN_KW) or p.at(K.DEF_KW):
        fn_def(p, cp)
    else:
        p.start_at(cp, K.ERROR)
        p.finish()
        p.err_bump(f"expected `fn` or `type` in the impl, found {p.describe_current()}")


# ---------------------------------------------------------------- modules, actors, …

def _module(p: Parser, cp: int) -> None:
    p.start_at(cp, K.MODULE_DEF)
    p.bump()
    _name(p, "a module name", "module")
    do_tok = _body_do(p, "module")
    if do_tok is not None:
        p.push_newlines(True)
        outdented = items(p, top_level=False, opener=do_tok)
        expect_end(p, "module", do_tok, outdented)
        p.pop_newlines()
    p.finish()


def _actor(p: Parser, cp: int) -> None:
    p.start_at(cp, K.ACTOR_DEF)
    p.bump()
    _name(p, "an actor name", "actor")
    if p.at(K.L_PAREN):
        param_list(p)
    do_tok = _body_do(p, "actor")
    if do_tok is not None:
        do_block_rest(p, do_tok, "actor", actor=True)
    p.finish()


def _service(p: Parser, cp: int) -> None:
    p.start_at(cp, K.SERVICE_DEF)
    p.bump()
    _name(p, "a service name", "service")
    do_tok = _body_do(p, "service")
    if do_tok is not None:
        p.push_newlines(True)
        outdented = _members(p, _service_member, "service body", opener=do_tok)
        expect_end(p, "service", do_tok, outdented)
        p.pop_newlines()
    p.finish()


def _service_member(p: Parser) -> None:
    cur = p.current
    if cur in (K.CALL_KW, K.CAST_KW):
        kind = K.CALL_HANDLER if cur is K.CALL_KW else K.CAST_HANDLER
        p.start(kind)
        kw = p.bump()
        _name(p, "a handler name", kw.text)
        if p.at(K.L_PAREN):
            param_list(p)
        if p.at(K.COLON2) and kind is K.CALL_HANDLER:
            type_ann(p)
        do_tok = p.token
        if p.expect(K.DO_KW, f"to open the `{kw.text}` handler body"):
            p.push_newlines(True)
            if p.at(K.BAR):
                p.start(K.STATE_PARAM)
                p.bump()
                _name(p, "the state name", "|")
                p.expect(K.BAR, "to close the state parameter")
                p.finish()
            block(p, frozenset({K.END_KW}))
            expect_end(p, f"`{kw.text}` handler", do_tok)
            p.pop_newlines()
        p.finish()
        return
    cp = p.checkpoint()
    if p.at(K.PUB_KW):
        p.bump()
    if p.at(K.FN_KW) or p.at(K.DEF_KW):
        fn_def(p, cp)
    else:
        p.start_at(cp, K.ERROR)
        p.finish()
        p.err_bump(f"expected `fn`, `call` or `cast` in the service, found "
                   f"{p.describe_current()}")


def _supervisor(p: Parser, cp: int) -> None:
    p.start_at(cp, K.SUPERVISOR_DEF)
    p.bump()
    _name(p, "a supervisor name", "supervisor")
    do_tok = _body_do(p, "supervisor")
    if do_tok is not None:
        p.push_newlines(True)
        _members(p, _sup_clause, "supervisor body", _DATA_MEMBER_STOP)
        expect_end(p, "supervisor", do_tok)
        p.pop_newlines()
    p.finish()


def _sup_clause(p: Parser) -> None:
    if p.at_ident("child") and p.nth(1) is K.IDENT:
        p.start(K.CHILD_SPEC)
        p.bump()
        p.bump()
        do_tok = _body_do(p, "child")
        if do_tok is not None:
            p.push_newlines(True)
            _members(p, _sup_option, "child spec", _DATA_MEMBER_STOP)
            expect_end(p, "child spec", do_tok)
            p.pop_newlines()
        p.finish()
        return
    _sup_option(p)


def _sup_option(p: Parser) -> None:
    if not (p.at(K.IDENT) and p.nth(1) is K.COLON):
        p.err_bump(f"expected a clause such as `strategy: one_for_one`, found "
                   f"{p.describe_current()}")
        return
    p.start(K.SUP_OPTION)
    p.bump()
    p.bump()
    expr(p)
    p.finish()


def _test(p: Parser, cp: int) -> None:
    p.start_at(cp, K.TEST_DEF)
    p.bump()
    paren = p.eat(K.L_PAREN)
    if paren:
        p.push_newlines(False)
    if p.at(K.STRING_START):
        if string_lit(p):
            p.error("a test label may not contain interpolation",
                    span=p.last_interpolation_span)
    else:
        p.error(f"expected the test label string, found {p.describe_current()}")
    if paren:
        p.expect(K.R_PAREN, "to close the test label")
        p.pop_newlines()
    do_tok = p.token
    if p.expect(K.DO_KW, "after the test label"):
        do_block_rest(p, do_tok, "test")
    p.finish()
