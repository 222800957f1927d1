"""Patterns (spec 04): typing, bindings, `case` arms with guards, and the
exhaustiveness / redundancy analysis of each match.

Each checked pattern yields both its HIR form and its abstract form for
:mod:`mesh_types.exhaustiveness`.
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..exhaustiveness import WILD, Ctor, describe_missing, is_useful, missing_patterns
from ..syntax_view import text_of
from ..types import (
    BOOL,
    ERROR,
    FLOAT,
    INT,
    NEVER,
    STRING,
    UNIT,
    TTuple,
    Type,
    prune,
    resolve,
)

# Constructs a guard may not contain (spec 04 §4), by syntax kind.
_FORBIDDEN_IN_GUARD = {
    "DO_EXPR": "do ... end", "BLOCK": "do ... end", "IF_EXPR": "if", "CASE_EXPR": "case",
    "FOR_EXPR": "for", "WHILE_EXPR": "while", "LET_STMT": "let", "RETURN_EXPR": "return",
    "BREAK_EXPR": "break", "CONTINUE_EXPR": "continue", "TRY_EXPR": "?",
    "CLOSURE_EXPR": "fn", "RECEIVE_EXPR": "receive", "SEND_EXPR": "send",
    "SPAWN_EXPR": "spawn",
}


def signature(t: Type):
    """Constructor sets of the types the analysis knows finitely (spec 04 §6.1)."""
    t = prune(t)
    if t == BOOL:
        return [("true", []), ("false", [])]
    if t == UNIT:
        return [("()", [])]
    if isinstance(t, TTuple):
        return [("(,)", list(t.elems))]
    return None


def parse_int(text: str) -> int | None:
    digits = text.replace("_", "")
    try:
        if digits[:2].lower() in ("0x", "0o", "0b"):
            return int(digits, 0)
        return int(digits, 10)
    except ValueError:
        return None


class PatternRules:
    # ------------------------------------------------------------ case

    def e_CASE_EXPR(self, node) -> hir.Expr:
        scrutinee = self.infer(node.scrutinee())
        errors_before = self.error_count
        result = self.u.fresh()
        origin: Label | None = None
        arms: list[hir.Arm] = []
        abstract: list[tuple[object, bool, Span]] = []
        scrut_origin = Label(scrutinee.span, "this is of type `{expected}`")
        for arm in node.arms():
            self.push_scope()
            try:
                pattern, ap = self.pattern(arm.pattern(), scrutinee.ty, {}, scrut_origin)
                guard = self.guard(arm.guard()) if arm.guard() is not None else None
                body = self.infer(arm.body())
            finally:
                self.pop_scope()
            if origin is None and prune(body.ty) != NEVER:
                self.u.unify(result, body.ty)
                origin = Label(self.tail_span(body), "this arm has type `{expected}`")
            else:
                self.unify_at(self.tail_span(body), result, body.ty, origin)
            arms.append(hir.Arm(pattern, guard, body, arm.span))
            abstract.append((ap, guard is not None, pattern.span))
        if self.error_count == errors_before:
            self.check_match(node.span, scrutinee.ty, abstract)
        return hir.Case(result, node.span, scrutinee, arms)

    e_MATCH_EXPR = e_CASE_EXPR

    def check_match(self, span: Span, ty: Type, arms, noun: str = "arm") -> None:
        """W0001 for arms that can never be chosen, E0012 for values no arm takes."""
        types = [resolve(ty)]
        unguarded: list[list] = []
        for position, (ap, guarded, pat_span) in enumerate(arms, 1):
            if not is_useful(unguarded, [ap], types, signature):
                self.report(errors.redundant_arm(self.file, pat_span, position, noun))
            if not guarded:
                unguarded.append([ap])
        witnesses = missing_patterns(unguarded, types, signature)
        if witnesses:
            shown, more = describe_missing(witnesses)
            self.report(errors.non_exhaustive(self.file, span, ty, shown, more))

    def guard(self, node) -> hir.Expr:
        for sub in _walk(node.syntax):
            construct = _FORBIDDEN_IN_GUARD.get(sub.kind.name)
            if construct is not None:
                self.report(errors.forbidden_in_guard(self.file, sub.span, construct))
                return self.error_expr(node.span)
        expr = self.infer(node)
        t = prune(expr.ty)
        if t == ERROR or t == NEVER:
            return expr
        if self.u.unify(BOOL, t) is not None:
            self.report(errors.guard_not_bool(self.file, expr.span, t))
        return expr

    # ------------------------------------------------------------ patterns

    def pattern(self, node, ty: Type, bound: dict[str, Span],
                origin: Label | None) -> tuple[hir.Pattern, object]:
        if node is None:
            return hir.PWild(ERROR, Span(0, 0)), WILD
        kind = node.syntax.kind.name
        span = node.span
        if kind == "WILDCARD_PAT":
            return hir.PWild(ty, span), WILD
        if kind == "IDENT_PAT":
            name = node.name()
            if name in bound:
                self.report(errors.duplicate_binding(self.file, span, name, bound[name]))
            bound[name] = span
            binding = self.new_binding(name, ty, span)
            self.scope.names[name] = binding
            return hir.PBind(ty, span, binding), WILD
        if kind == "PAREN_PAT":
            return self.pattern(node.pattern(), ty, bound, origin)
        if kind == "UNIT_PAT":
            self.unify_at(span, ty, UNIT, origin)
            return hir.PLit(UNIT, span, None), Ctor("()")
        if kind == "LITERAL_PAT":
            return self.literal_pattern(node, ty, origin)
        if kind == "TUPLE_PAT":
            subs = list(node.patterns())
            elem_types = tuple(self.u.fresh() for _ in subs)
            self.unify_at(span, ty, TTuple(elem_types), origin)
            pats, aps = [], []
            for sub, et in zip(subs, elem_types):
                p, a = self.pattern(sub, et, bound, None)
                pats.append(p)
                aps.append(a)
            return hir.PTuple(TTuple(elem_types), span, pats), Ctor("(,)", tuple(aps))
        self.unsupported(node)
        return hir.PWild(ERROR, span), WILD

    def literal_pattern(self, node, ty: Type, origin: Label | None):
        span = node.span
        value, lit_ty = self.literal_value(node)
        if lit_ty == ERROR:
            return hir.PWild(ERROR, span), WILD
        self.unify_at(span, ty, lit_ty, origin)
        if lit_ty == BOOL:
            name = "true" if value else "false"
        elif lit_ty == UNIT:
            name = "()"
        elif lit_ty == STRING:
            name = '"' + str(value) + '"'
        else:
            name = repr(value)
        return hir.PLit(lit_ty, span, value), Ctor(name)

    def literal_value(self, node) -> tuple[object, Type]:
        """The value and type of a literal pattern (negative numbers included)."""
        negative = False
        for element in node.syntax.children_with_tokens():
            kind = element.kind.name
            if kind in ("WHITESPACE", "COMMENT", "NEWLINE"):
                continue
            if kind == "MINUS":
                negative = True
            elif kind == "INT":
                value = parse_int(text_of(element))
                if value is None or value > (2**63 if negative else 2**63 - 1):
                    self.report(errors.int_out_of_range(self.file, node.span,
                                                        node.syntax.text().strip()))
                    return None, ERROR
                return (-value if negative else value), INT
            elif kind == "FLOAT":
                value = float(text_of(element).replace("_", ""))
                return (-value if negative else value), FLOAT
            elif kind == "TRUE_KW":
                return True, BOOL
            elif kind == "FALSE_KW":
                return False, BOOL
            elif kind == "NIL_KW":
                return None, UNIT
            elif kind == "STRING_LIT":
                text = self.program.string_pattern_text(element)
                return text, STRING
            elif kind == "ATOM":
                self.unsupported(node)
                return None, ERROR
        return None, ERROR

    # ------------------------------------------------------------ let

    def let_pattern(self, node, ty: Type) -> hir.Pattern:
        """`let` takes names, `_` and tuples of these (spec 02 §5)."""
        if node is None:
            return hir.PWild(ERROR, Span(0, 0))
        if not _irrefutable(node):
            self.report(errors.refutable_let(self.file, node.span))
            return hir.PWild(ERROR, node.span)
        pattern, _ = self.pattern(node, ty, {}, None)
        return pattern


def _irrefutable(node) -> bool:
    kind = node.syntax.kind.name
    if kind in ("IDENT_PAT", "WILDCARD_PAT"):
        return True
    if kind == "PAREN_PAT":
        inner = node.pattern()
        return inner is not None and _irrefutable(inner)
    if kind == "TUPLE_PAT":
        return all(_irrefutable(p) for p in node.patterns())
    return False


def _walk(syntax):
    stack = [syntax]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(n.children())
