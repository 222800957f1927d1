"""Patterns (spec 04): typing, bindings, `case` arms with guards, and the
exhaustiveness / redundancy analysis of each match.

Each checked pattern yields both its HIR form and its abstract form for
:mod:`mesh_types.exhaustiveness`.
"""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Label, Span
from mesh_syntax.syntax_kind import SyntaxKind as K

from .. import errors, hir
from ..exhaustiveness import (
    WILD,
    Ctor,
    Or,
    describe_missing,
    is_useful,
    missing_patterns,
)
from ..suggest import closest
from ..types import (
    ATOM,
    BOOL,
    ERROR,
    FLOAT,
    INT,
    NEVER,
    STRING,
    UNIT,
    TCon,
    TTuple,
    Type,
    prune,
    resolve,
)

PLAIN_PATTERNS = (ast.IdentPat, ast.WildcardPat)

# Constructs a guard may not contain (spec 04 §4), by syntax kind.
_FORBIDDEN_IN_GUARD = {
    "DO_EXPR": "do ... end", "BLOCK": "do ... end", "IF_EXPR": "if", "CASE_EXPR": "case",
    "FOR_EXPR": "for", "WHILE_EXPR": "while", "LET_STMT": "let", "RETURN_EXPR": "return",
    "BREAK_EXPR": "break", "CONTINUE_EXPR": "continue", "TRY_EXPR": "?",
    "CLOSURE_EXPR": "fn", "RECEIVE_EXPR": "receive", "SEND_EXPR": "send",
    "SPAWN_EXPR": "spawn",
}


def signature_of(program):
    """Constructor sets of the types the analysis knows finitely (spec 04
    §6.1), in declaration order: Bool, (), tuples, lists, sum types."""
    def signature(t: Type):
        t = prune(t)
        if t is None:
            return None
        if t == BOOL:
            return [("true", []), ("false", [])]
        if t == UNIT:
            return [("()", [])]
        if isinstance(t, TTuple):
            return [("(,)", list(t.elems))]
        if isinstance(t, TCon):
            if t.name == "List" and t.args:
                return [("[]", []), ("::", [t.args[0], t])]
            info = program.sums.get(t.name)
            if info is not None:
                return [(v.name, v.field_types(t.args)) for v in info.variants]
        return None
    return signature


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
        if _has_error(ty):
            return  # the scrutinee's own error was reported (no cascade)
        types = [resolve(ty)]
        signature = signature_of(self.program)
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
            binding = self.bind_name(name, ty, span, bound)
            return hir.PBind(ty, span, binding), WILD
        if kind == "PAREN_PAT":
            return self.pattern(node.pattern(), ty, bound, origin)
        if kind == "UNIT_PAT":
            self.unify_at(span, ty, UNIT, origin)
            return hir.PLit(UNIT, span, None), Ctor("()")
        if kind == "LITERAL_PAT":
            return self.literal_pattern(node, ty, origin)
        if kind == "CONSTRUCTOR_PAT":
            return self.ctor_pattern(node, ty, bound, origin)
        if kind == "LIST_PAT":
            elem = self.u.fresh()
            self.unify_at(span, ty, TCon("List", (elem,)), origin)
            return hir.PNil(ty, span), Ctor("[]")
        if kind == "CONS_PAT":
            elem = self.u.fresh()
            list_t = TCon("List", (elem,))
            self.unify_at(span, ty, list_t, origin)
            h, ha = self.pattern(node.head(), elem, bound, None)
            t, ta = self.pattern(node.tail(), list_t, bound, None)
            return hir.PCons(list_t, span, h, t), Ctor("::", (ha, ta))
        if kind == "AS_PAT":
            inner, ap = self.pattern(node.pattern(), ty, bound, origin)
            tok = node.name_token()
            binding = self.bind_name(node.name() or "_", ty, tok.span if tok else span, bound)
            return hir.PAs(ty, span, inner, binding), ap
        if kind == "OR_PAT":
            return self.or_pattern(node, ty, bound, origin)
        if kind == "TUPLE_PAT":
            subs = list(node.elements())
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

    def bind_name(self, name: str, ty: Type, span: Span, bound: dict) -> hir.Binding:
        if name in bound:
            self.report(errors.duplicate_binding(self.file, span, name, bound[name]))
        bound[name] = span
        binding = self.new_binding(name, ty, span)
        if name != "_":
            self.scope.names[name] = binding
            self.pattern_bindings.append(binding)
        return binding

    def ctor_pattern(self, node, ty: Type, bound: dict, origin):
        span = node.span
        path = node.path()
        name = path[-1] if path else ""
        sum_info = None
        if len(path) > 1:
            qual = ".".join(path[:-1])
            info = self.program.lookup_type(self.module, qual)
            sum_info = self.program.sums.get(info.symbol) if info is not None and \
                hasattr(info, "variants") else self.program.sums.get(qual)
        v = self.find_variant(name, span, sum_info)
        subs = node.args()
        if v is False:
            for sub in subs:
                self.pattern(sub, ERROR, bound, None)
            return hir.PWild(ERROR, span), WILD
        if v is None:
            candidates = list(self.module.ctors) + list(self.program.prelude_env.ctors)
            if sum_info is not None:
                candidates = [x.name for x in sum_info.variants]
            self.report(errors.unknown_ctor(self.file, span, ".".join(path),
                                            closest(name, candidates)))
            for sub in subs:
                self.pattern(sub, ERROR, bound, None)
            return hir.PWild(ERROR, span), WILD
        args = [self.u.fresh() for _ in v.sum.params]
        st = TCon(v.sum.symbol, tuple(args))
        self.unify_at(span, ty, st, origin)
        fields = v.field_types(args)
        if len(subs) != len(fields):
            self.report(errors.wrong_arity(self.file, span, f"constructor `{name}`",
                                           len(fields), len(subs)))
            for sub in subs:
                self.pattern(sub, ERROR, bound, None)
            return hir.PWild(ERROR, span), WILD
        pats, aps = [], []
        for sub, ft in zip(subs, fields):
            p, a = self.pattern(sub, ft, bound, None)
            pats.append(p)
            aps.append(a)
        return hir.PCtor(st, span, v.sum.symbol, v.name, v.tag, pats), Ctor(v.name, tuple(aps))

    def or_pattern(self, node, ty: Type, bound: dict, origin):
        alts = node.alternatives()
        pats, aps = [], []
        first_names: dict[str, hir.Binding] | None = None
        first_scope = dict(self.scope.names)
        for alt in alts:
            local: dict = {}
            before = dict(self.scope.names)
            p, a = self.pattern(alt, ty, local, origin)
            names = {n: self.scope.names[n] for n in local if n != "_"}
            if first_names is None:
                first_names = names
            elif set(names) != set(first_names):
                self.report(errors.or_pattern_bindings(self.file, alt.span,
                                                       sorted(first_names), sorted(names)))
            else:
                # every alternative binds the same Binding objects
                for n, b in names.items():
                    self.u.unify(first_names[n].ty, b.ty)
                    self.unused_exempt.add(b.id)  # replaced by the first alternative's
                _rebind(p, first_names)
            self.scope.names = before
            pats.append(p)
            aps.append(a)
        self.scope.names = first_scope
        for n, b in (first_names or {}).items():
            if n in bound:
                self.report(errors.duplicate_binding(self.file, b.span, n, bound[n]))
            bound[n] = b.span
            self.scope.names[n] = b
        return hir.POr(ty, node.span, pats), Or(tuple(aps))

    def irrefutable(self, node) -> bool:
        if isinstance(node, PLAIN_PATTERNS + (ast.UnitPat,)):
            return True
        if isinstance(node, (ast.ParenPat, ast.AsPat)):
            inner = node.pattern()
            return inner is not None and self.irrefutable(inner)
        if isinstance(node, ast.TuplePat):
            return all(self.irrefutable(p) for p in node.elements())
        if isinstance(node, ast.ConstructorPat):
            found = self.program.lookup_ctor(self.module, node.name() or "")
            return len(found) == 1 and len(found[0].sum.variants) == 1 and all(
                self.irrefutable(p) for p in node.args())
        return False

    def literal_pattern(self, node, ty: Type, origin: Label | None):
        span = node.span
        value, lit_ty = self.literal_value(node)
        if lit_ty == ERROR:
            return hir.PWild(ERROR, span), WILD
        self.unify_at(span, ty, lit_ty, origin)
        if lit_ty == ATOM:
            return hir.PAtom(ATOM, span, value), Ctor(":" + value)
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
        kind = node.literal_kind()
        if kind is K.INT:
            value = node.value()
            negative = node.is_negative()
            magnitude = -value if negative and value is not None else value
            if value is None or magnitude > (2**63 if negative else 2**63 - 1):
                self.report(errors.int_out_of_range(self.file, node.span,
                                                    node.syntax.text().strip()))
                return None, ERROR
            return value, INT
        if kind is K.FLOAT:
            return node.value(), FLOAT
        if kind in (K.TRUE_KW, K.FALSE_KW):
            return node.value(), BOOL
        if kind is K.NIL_KW:
            return None, UNIT
        if kind is K.ATOM:
            return node.atom_name(), ATOM
        if kind is K.STRING_START:
            return node.value(), STRING
        return None, ERROR

    # ------------------------------------------------------------ let

    def let_pattern(self, node, ty: Type) -> hir.Pattern:
        """`let` takes irrefutable patterns only (spec 02 §5, E0050)."""
        if node is None:
            return hir.PWild(ERROR, Span(0, 0))
        if not self.irrefutable(node):
            self.report(errors.refutable_let(self.file, node.span))
            self.pattern(node, ERROR, {}, None)  # bind its names: no cascade
            return hir.PWild(ERROR, node.span)
        pattern, _ = self.pattern(node, ty, {}, None)
        return pattern


def _rebind(p: hir.Pattern, names: dict) -> None:
    """Point an or-pattern alternative's bindings at the first alternative's."""
    stack = [p]
    while stack:
        x = stack.pop()
        if isinstance(x, (hir.PBind, hir.PAs)) and x.binding.name in names:
            x.binding = names[x.binding.name]
        for attr in ("elems", "args", "alts"):
            stack.extend(getattr(x, attr, ()) or ())
        for attr in ("head", "tail", "pattern"):
            sub = getattr(x, attr, None)
            if isinstance(sub, hir.Pattern):
                stack.append(sub)


def _walk(syntax):
    stack = [syntax]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(n.children())


def _has_error(t: Type) -> bool:
    stack = [t]
    while stack:
        x = prune(stack.pop())
        if x == ERROR:
            return True
        stack.extend(getattr(x, "args", ()) or getattr(x, "elems", ()) or ())
    return False
