"""The checker of one top-level definition.

:class:`FnChecker` infers every expression of a function body, producing
HIR nodes whose types may still hold inference variables (they are
resolved by :mod:`mesh_types.finalize` once the definition's component is
generalised).  The per-construct rules live in the mixins; this module
holds what they share: reporting, scopes, unification with diagnostics.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesh_syntax.diagnostics import Diagnostic, Label, Span

from .. import errors, hir
from ..type_printer import TypePrinter
from ..types import ERROR, TFun, TTuple, Type, prune, resolve
from ..unify import Mismatch, Unifier
from .calls import CallRules
from .closures import ClosureRules
from .collections import CollectionRules
from .env import FnInfo, ModuleEnv, Scope
from .expressions import ExpressionRules
from .json_literal import JsonLiteralRules
from .loops import LoopRules
from .methods import MethodRules
from .operators import OperatorRules
from .patterns import PatternRules
from .processes import ProcessRules
from .projections import ProjectionRules
from .structs import StructRules
from .try_op import TryRules


@dataclass(eq=False, slots=True)
class Deferred(hir.Expr):
    """A method call whose receiver type was unknown when it was met (spec 03
    §4.5).  ``resolved`` is filled in when the receiver type is known;
    finalisation replaces this node by it."""

    node: object = None
    receiver: hir.Expr | None = None
    args: list | None = None
    resolved: hir.Expr | None = None


class FnChecker(ExpressionRules, OperatorRules, CallRules, PatternRules, CollectionRules,
                LoopRules, ClosureRules, StructRules, MethodRules, TryRules, ProcessRules,
                JsonLiteralRules, ProjectionRules):
    def __init__(self, program, module: ModuleEnv, fn: FnInfo | None) -> None:
        self.program = program            # infer.program.ProgramChecker
        self.module = module
        self.file = module.file
        self.fn = fn
        self.u: Unifier = program.unifier
        self.diagnostics: list[Diagnostic] = program.diagnostics
        self.error_count = 0
        self.scope = Scope()
        self.return_type: Type | None = fn.ty.ret if fn and fn.ty else None
        self.return_origin: Label | None = None
        if fn is not None and fn.ret_span is not None:
            self.return_origin = Label(fn.ret_span,
                                       "expected `{expected}` because of this return type")
        self.deferred: list[Deferred] = []
        # `T.Output` of operators on type parameters (projections.py)
        self.own_projections: dict = {}
        self.pending_projections: list = []
        # enclosing loops, each as the closure depth it belongs to (E0032/E0033)
        self.loops: list[int] = []
        # enclosing closures being checked (captures, `return` target)
        self.closures: list = []
        self.binding_depth: dict[int, int] = {}
        self.in_const = None          # the ConstInfo whose initializer this is
        self.type_params: dict[str, Type] = {}
        self.lenient_type_args = False
        self.poly_lets: set[int] = set()   # generalised local closures (see closures.py)
        # the process this code runs in (actor, main, service handler): where
        # `self()`/`receive` are allowed and what they mean (processes.py)
        self.process = fn.process if fn is not None else None
        self.annotation_spans: dict[int, Span] = {}   # binding id -> its type annotation
        # W0003: `let` and pattern bindings, and the bindings read anywhere
        self.pattern_bindings: list[hir.Binding] = []
        self.used_bindings: set[int] = set()
        self.unused_exempt: set[int] = set()

    # ------------------------------------------------------------ reporting

    def report(self, diagnostic: Diagnostic) -> None:
        if diagnostic.is_error:
            self.error_count += 1
        self.diagnostics.append(diagnostic)

    def new_binding(self, name: str, ty: Type, span: Span) -> hir.Binding:
        b = hir.Binding(self.program.next_id(), name, ty, span)
        if self.closures:
            self.binding_depth[b.id] = len(self.closures)
        return b

    def report_unused(self) -> None:
        """W0003 for every `let`/pattern binding never read (`_x` exempt).
        Not in a definition with errors: a failed use is no evidence."""
        if self.error_count:
            self.pattern_bindings = []
            return
        for b in self.pattern_bindings:
            if b.id in self.used_bindings or b.id in self.unused_exempt or \
                    b.name.startswith("_"):
                continue
            self.report(errors.unused_binding(self.file, b.span, b.name))
        self.pattern_bindings = []

    # ------------------------------------------------------------ scopes

    def push_scope(self) -> Scope:
        self.scope = Scope(self.scope)
        return self.scope

    def pop_scope(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    # ------------------------------------------------------------ unification

    def expect(self, expr: hir.Expr, expected: Type, origin: Label | None = None,
               help: list[str] | None = None, is_literal: bool = False) -> hir.Expr:
        """Require ``expr``'s type to be ``expected``; report at ``expr``."""
        self.unify_at(expr.span, expected, expr.ty, origin, help,
                      is_literal or isinstance(expr, hir.IntLit))
        return expr

    def unify_at(self, span: Span, expected: Type, found: Type, origin: Label | None = None,
                 help: list[str] | None = None, found_is_int_literal: bool = False) -> bool:
        before_e, before_f = _snapshot(expected), _snapshot(found)
        m = self.u.unify(expected, found)
        if m is None:
            return True
        self.report_mismatch(span, m, before_e, before_f, origin, help, found_is_int_literal)
        return False

    def report_mismatch(self, span: Span, m: Mismatch, expected: Type, found: Type,
                        origin: Label | None, help: list[str] | None,
                        found_is_int_literal: bool = False) -> None:
        if m.kind == "occurs":
            self.report(errors.infinite_type(self.file, span, m.left, m.right))
        elif m.kind == "missing_impl":
            self.report(errors.missing_impl(self.file, span, m.left, m.iface))
        elif m.kind == "arity" and isinstance(prune(m.left), (TTuple, TFun)):
            self.report(errors.tuple_arity(self.file, span, m.left, m.right, origin))
        else:
            p = TypePrinter(self.program.entry)
            if origin is not None:
                origin = Label(origin.span, origin.message.replace(
                    "{expected}", p.show(expected)), origin.file)
            hint = list(help) if help else errors.conversion_help(expected, found,
                                                                  found_is_int_literal)
            self.report(errors.type_mismatch(self.file, span, expected, found, origin=origin,
                                             help=hint, printer=p))

    # ------------------------------------------------------------ helpers

    def error_expr(self, span: Span) -> hir.Expr:
        """A placeholder for an expression that already produced a diagnostic."""
        return hir.UnitLit(ERROR, span)

    def show(self, t: Type) -> str:
        return TypePrinter(self.program.entry).show(t)


def _snapshot(t: Type) -> Type:
    """The type as it is before unification binds anything (for messages)."""
    return resolve(t)
