"""Supervisors (spec 10 §11): clause values, defaults, and the compile-time
checks E0018 (child `start`), E0019 (strategy, duplicate child), E0020
(restart type) and E0021 (shutdown value).  A supervisor is spawned with
`spawn(S)` and has type `Fun() -> Pid`.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesh_syntax import ast
from mesh_syntax.diagnostics import Diagnostic, Label, Span

from .. import errors, hir
from ..types import ERROR, TCon, TFun, prune, resolve

DEFAULTS = {"strategy": "one_for_one", "max_restarts": 3, "max_seconds": 5}
DEFAULT_RESTART = "permanent"
DEFAULT_SHUTDOWN = 5000


@dataclass(eq=False)
class SupervisorInfo:
    name: str
    symbol: str
    module: str
    file: str
    node: object            # ast.SupervisorDef
    span: Span
    is_pub: bool
    done: bool = False
    hir: hir.SupervisorDef | None = None


def collect_supervisor(program, env, m, item, prefix: str) -> None:
    name = item.name()
    span = item.name_token().span if item.name_token() else item.span
    env.supervisors[name] = SupervisorInfo(name, prefix + name, env.name, m.file, item, span,
                                           item.is_pub())


def _word(value) -> str | None:
    """The bare identifier a clause value is written as (`one_for_one`)."""
    return value.name() if isinstance(value, ast.NameRef) else None


def check_supervisor(program, env, sup: SupervisorInfo) -> None:
    from .function import FnChecker
    checker = FnChecker(program, env, None)
    file = sup.file
    settings = dict(DEFAULTS)
    for opt in sup.node.options():
        key, value = opt.key(), opt.value()
        if value is None:
            continue
        span = value.span
        if key == "strategy":
            word = _word(value)
            if word not in errors.STRATEGIES:
                checker.report(errors.unknown_strategy(file, span, word or value.text().strip()))
            else:
                settings["strategy"] = word
        elif key in ("max_restarts", "max_seconds"):
            n = _int_literal(value)
            if n is None or n < 0:
                checker.check_expr(value, TCon("Int"))
                checker.report(Diagnostic(
                    "E0001", f"`{key}` must be a non-negative integer literal", file,
                    Label(span, "expected an integer such as `5`")))
            else:
                settings[key] = n
        else:
            checker.report(Diagnostic(
                "E0019", f"unknown supervisor clause `{key}`", file,
                Label(opt.key_token().span if opt.key_token() else opt.span, "unknown clause"),
                [], ["a supervisor has `strategy`, `max_restarts`, `max_seconds` and `child` "
                     "clauses"]))
    children = []
    seen: dict[str, Span] = {}
    for child in sup.node.children():
        spec = _check_child(checker, child, file)
        if spec is None:
            continue
        if spec.name in seen:
            name_tok = child.name_token()
            checker.report(errors.duplicate_child(file, name_tok.span if name_tok else child.span,
                                                  spec.name, seen[spec.name]))
            continue
        seen[spec.name] = child.name_token().span if child.name_token() else child.span
        children.append(spec)
    if settings["strategy"] == "simple_one_for_one" and len(sup.node.children()) != 1:
        checker.report(Diagnostic(
            "E0019", f"strategy `simple_one_for_one` needs exactly one child spec, found "
            f"{len(sup.node.children())}", file, Label(sup.span, "in this supervisor"), [],
            ["the single child spec is the template for `Supervisor.start_child`"]))
    checker.resolve_deferred(final=True)
    sup.hir = hir.SupervisorDef(sup.symbol, sup.name, settings["strategy"],
                                settings["max_restarts"], settings["max_seconds"], children,
                                sup.node.span, file)
    sup.done = True

    def finalize() -> None:
        from ..finalize import Finalizer
        from .function import Deferred
        fin = Finalizer(file, checker.report, Deferred, checker)
        for c in children:
            c.start = fin.node(c.start)
    program.finalize_later(checker, finalize)


def _check_child(checker, child, file: str) -> hir.ChildSpec | None:
    name = child.name()
    if not name:
        return None
    name_span = child.name_token().span if child.name_token() else child.span
    start = None
    restart, shutdown = DEFAULT_RESTART, DEFAULT_SHUTDOWN
    for opt in child.options():
        key, value = opt.key(), opt.value()
        if value is None:
            continue
        if key == "start":
            start = _check_start(checker, value, name, file)
        elif key == "restart":
            word = _word(value)
            if word not in errors.RESTARTS:
                checker.report(errors.unknown_restart(file, value.span,
                                                      word or value.text().strip()))
            else:
                restart = word
        elif key == "shutdown":
            n = _int_literal(value)
            if _word(value) == "brutal_kill":
                shutdown = None
            elif n is not None and n > 0:
                shutdown = n
            else:
                checker.report(errors.bad_shutdown(file, value.span, value.text().strip()))
        else:
            checker.report(Diagnostic(
                "E0018", f"unknown clause `{key}` in child `{name}`", file,
                Label(opt.key_token().span if opt.key_token() else opt.span, "unknown clause"),
                [], ["a child has `start`, `restart` and `shutdown` clauses"]))
    if start is None:
        if not any(o.key() == "start" for o in child.options()):
            checker.report(errors.bad_child_start(file, name_span, name, None))
        return hir.ChildSpec(name, checker.error_expr(child.span), restart, shutdown, child.span)
    return hir.ChildSpec(name, start, restart, shutdown, child.span)


def _check_start(checker, value, child: str, file: str) -> hir.Expr | None:
    u = checker.u
    want = TFun((), TCon("Pid", (u.fresh(),)))
    if isinstance(value, ast.ClosureExpr):
        expr = checker.e_CLOSURE_EXPR(value, want)
    else:
        expr = checker.infer(value)
    found = resolve(expr.ty)
    if prune(expr.ty) == ERROR:
        return expr
    if u.unify(want, expr.ty) is not None:
        checker.report(errors.bad_child_start(file, value.span, child, found))
        return None
    return expr


def _int_literal(value) -> int | None:
    if isinstance(value, ast.IntLit):
        return value.value()
    return None
