"""Typed accessors over the red syntax tree, as the checker reads it.

``mesh_syntax`` is to provide a typed AST layer (``mesh_syntax.ast``); until
it covers what the checker needs, this module gives the checker the same
shape of API (``IfExpr.cond()``, ``CallExpr.args()``, ...) by walking the red
nodes.  Every accessor returns None when the part is missing, as in trees
recovered from syntax errors (those files are never type-checked, but the
checker must not crash on odd shapes either).
"""

from __future__ import annotations

import re

from mesh_syntax.diagnostics import Span

EXPR_KINDS = frozenset({
    "INT_LIT", "FLOAT_LIT", "STRING_LIT", "ATOM_LIT", "BOOL_LIT", "NIL_LIT", "UNIT_EXPR",
    "NAME_REF", "SELF_EXPR", "PAREN_EXPR", "TUPLE_EXPR", "LIST_EXPR", "MAP_EXPR",
    "STRUCT_LIT", "STRUCT_UPDATE", "JSON_LIT", "CLOSURE_EXPR", "DO_EXPR", "IF_EXPR",
    "CASE_EXPR", "FOR_EXPR", "WHILE_EXPR", "BREAK_EXPR", "CONTINUE_EXPR", "RETURN_EXPR",
    "SPAWN_EXPR", "SEND_EXPR", "LINK_EXPR", "SELF_CALL", "RECEIVE_EXPR", "BINARY_EXPR",
    "PREFIX_EXPR", "PIPE_EXPR", "CALL_EXPR", "METHOD_CALL_EXPR", "FIELD_EXPR",
    "INDEX_EXPR", "TRY_EXPR", "ERROR",
})
PATTERN_KINDS = frozenset({
    "WILDCARD_PAT", "IDENT_PAT", "LITERAL_PAT", "UNIT_PAT", "PAREN_PAT", "TUPLE_PAT",
    "LIST_PAT", "CONSTRUCTOR_PAT", "OR_PAT", "CONS_PAT", "AS_PAT",
})
_TRIVIA = frozenset({"WHITESPACE", "NEWLINE", "COMMENT", "DOC_COMMENT", "MODULE_DOC_COMMENT",
                     "BOM"})
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'",
            "$": "$"}
_ESCAPE_RE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|.)", re.DOTALL)


def text_of(element) -> str:
    """Text of a token (a property) or a node (a method) of the red tree."""
    t = element.text
    return t() if callable(t) else t


def view(syntax) -> Node | None:
    return None if syntax is None else Node(syntax)


def decode_escapes(raw: str) -> str:
    def one(m: re.Match) -> str:
        body = m.group(1)
        if body.startswith("u{"):
            try:
                return chr(int(body[2:-1], 16))
            except (ValueError, OverflowError):
                return "\ufffd"
        return _ESCAPES.get(body, body)
    return _ESCAPE_RE.sub(one, raw)


class Node:
    """One syntax node with the accessors of every node kind the checker reads."""

    __slots__ = ("syntax",)

    def __init__(self, syntax) -> None:
        self.syntax = syntax

    @property
    def span(self) -> Span:
        return self.syntax.span

    @property
    def kind(self) -> str:
        return self.syntax.kind.name

    def __repr__(self) -> str:
        return f"<{self.kind} {self.span.start}..{self.span.end}>"

    # ------------------------------------------------------------ generic helpers

    def nodes(self, kinds=None) -> list[Node]:
        return [Node(c) for c in self.syntax.children()
                if kinds is None or c.kind.name in kinds]

    def first(self, kinds) -> Node | None:
        if isinstance(kinds, str):
            kinds = (kinds,)
        for c in self.syntax.children():
            if c.kind.name in kinds:
                return Node(c)
        return None

    def tokens(self) -> list:
        return [t for t in self.syntax.children_with_tokens()
                if t.kind.is_token and t.kind.name not in _TRIVIA]

    def token_text(self, kind: str) -> str | None:
        for t in self.tokens():
            if t.kind.name == kind:
                return text_of(t)
        return None

    def exprs(self) -> list[Node]:
        return self.nodes(EXPR_KINDS)

    def _expr_after(self, token_kind: str) -> Node | None:
        seen = False
        for c in self.syntax.children_with_tokens():
            if not seen:
                seen = c.kind.name == token_kind
                continue
            if not c.kind.is_token and c.kind.name in EXPR_KINDS | {"BLOCK"}:
                return Node(c)
        return None

    # ------------------------------------------------------------ items

    def items(self) -> list[Node]:
        return self.nodes()

    def name(self) -> str | None:
        kind = self.kind
        if kind in ("FIELD_EXPR", "METHOD_CALL_EXPR"):
            after_dot = False
            for t in self.syntax.children_with_tokens():
                if t.kind.name == "DOT":
                    after_dot = True
                elif after_dot and t.kind.is_token and t.kind.name not in _TRIVIA:
                    return text_of(t)
            return None
        return self.token_text("IDENT")

    def name_span(self) -> Span | None:
        kind = self.kind
        after_dot = kind not in ("FIELD_EXPR", "METHOD_CALL_EXPR")
        for t in self.syntax.children_with_tokens():
            if t.kind.name == "DOT":
                after_dot = True
            elif after_dot and t.kind.name == "IDENT":
                return t.span
        return None

    def is_pub(self) -> bool:
        return self.token_text("PUB_KW") is not None

    def params(self) -> list[Node]:
        plist = self.first("PARAM_LIST")
        return plist.nodes(("PARAM",)) if plist else []

    def has_param_list(self) -> bool:
        return self.first("PARAM_LIST") is not None

    def generic_params(self) -> list[tuple[str, Span]]:
        """Declared type parameters: (name, span) of each."""
        g = self.first("GENERIC_PARAMS")
        if g is None:
            return []
        return [(text_of(t), t.span) for t in g.syntax.descendant_tokens()
                if t.kind.name == "IDENT"]

    def where_bounds(self) -> list[tuple[str, str, Span]]:
        """`where T: I` entries: (parameter, interface path, span)."""
        w = self.first("WHERE_CLAUSE")
        out = []
        for b in (w.nodes(("BOUND",)) if w else []):
            idents = [t for t in b.syntax.descendant_tokens() if t.kind.name == "IDENT"]
            if len(idents) >= 2:
                out.append((text_of(idents[0]), ".".join(text_of(t) for t in idents[1:]), b.span))
        return out

    def ret_type(self) -> Node | None:
        return self.first("RET_TYPE")

    def type_ann(self) -> Node | None:
        return self.first("TYPE_ANN")

    def body(self) -> Node | None:
        if self.kind == "MATCH_ARM":
            return self._expr_after("ARROW")
        b = self.first(("BLOCK", "EXPR_BODY"))
        if b is None:
            return None
        if b.kind == "EXPR_BODY":
            e = b.exprs()
            return e[0] if e else None
        return b

    def fn_guard(self) -> Node | None:
        g = self.first("GUARD")
        if g is None:
            return None
        e = g.exprs()
        return e[0] if e else None

    def module_path(self) -> tuple[str, Span] | None:
        p = self.first("MODULE_PATH")
        if p is None:
            return None
        return ".".join(text_of(t) for t in p.tokens() if t.kind.name == "IDENT"), p.span

    def import_names(self) -> list[tuple[str, Span]]:
        out = []
        for n in self.nodes(("IMPORT_NAME",)):
            text = n.token_text("IDENT")
            if text:
                out.append((text, n.span))
        return out

    # ------------------------------------------------------------ statements

    def statements(self) -> list[Node]:
        return self.nodes(EXPR_KINDS | {"LET_STMT"})

    def pattern(self) -> Node | None:
        return self.first(PATTERN_KINDS)

    def patterns(self) -> list[Node]:
        return self.nodes(PATTERN_KINDS)

    def value(self):
        kind = self.kind
        if kind == "INT_LIT":
            text = (self.token_text("INT") or "").replace("_", "")
            try:
                if text[:2].lower() in ("0x", "0o", "0b"):
                    return int(text, 0)
                return int(text, 10)
            except ValueError:
                return None
        if kind == "FLOAT_LIT":
            try:
                return float((self.token_text("FLOAT") or "").replace("_", ""))
            except ValueError:
                return None
        if kind == "BOOL_LIT":
            return self.token_text("TRUE_KW") is not None
        if kind == "LET_STMT":
            return self._expr_after("EQ")
        e = self.exprs()
        return e[0] if e else None

    # ------------------------------------------------------------ expressions

    def parts(self) -> list:
        """String pieces (escapes decoded) and interpolated expressions, in order."""
        out: list = []
        for c in self.syntax.children_with_tokens():
            k = c.kind.name
            if k == "STRING_CONTENT":
                out.append(decode_escapes(text_of(c)))
            elif k == "INTERPOLATION":
                e = Node(c).exprs()
                out.append(e[0] if e else None)
        return out

    def expr(self) -> Node | None:
        e = self.exprs()
        return e[0] if e else None

    def elements(self) -> list[Node]:
        return self.exprs()

    def block(self) -> Node | None:
        return self.first("BLOCK")

    def cond(self) -> Node | None:
        return self.expr()

    def then_block(self) -> Node | None:
        return self.block()

    def else_branch(self) -> Node | None:
        return self.first("ELSE_BRANCH")

    def if_expr(self) -> Node | None:
        return self.first("IF_EXPR")

    def op(self) -> str | None:
        kids = self.exprs()
        if self.kind == "PREFIX_EXPR":
            toks = self.tokens()
            return text_of(toks[0]) if toks else None
        lhs_end = kids[0].span.end if kids else -1
        for t in self.tokens():
            if t.span.start >= lhs_end:
                return text_of(t)
        return None

    def lhs(self) -> Node | None:
        e = self.exprs()
        return e[0] if e else None

    def rhs(self) -> Node | None:
        e = self.exprs()
        return e[1] if len(e) > 1 else None

    def operand(self) -> Node | None:
        return self.expr()

    def slot(self) -> int:
        text = self.token_text("SLOT_PIPE")
        if text is None:
            return 1
        digits = text.strip("|>")
        return int(digits) if digits.isdigit() else 1

    def callee(self) -> Node | None:
        return self.expr()

    def receiver(self) -> Node | None:
        return self.expr()

    def args(self) -> list[Node]:
        a = self.first("ARG_LIST")
        return a.nodes(EXPR_KINDS | {"KW_ARG"}) if a else []

    def scrutinee(self) -> Node | None:
        return self.expr()

    def arms(self) -> list[Node]:
        return self.nodes(("MATCH_ARM",))

    def guard(self) -> Node | None:
        return self.fn_guard()
