"""Services (spec 10 §10): `init`, private helpers, `call`/`cast` handlers
with `|state|`, and the generated client functions `Svc.start`,
`Svc.<snake_name>` (E0102 for clashes).

A service is checked as one unit in its module's SCC order: its helpers
(init included) first, as ordinary functions that see the module's items,
then every handler.  Its types are monomorphic: variables left open in a
handler are shared with the users of the client functions in the module
(they are created at the module level, so never generalised) and fall
under the defaulting rule of spec 03 §4.6 otherwise.
"""

from __future__ import annotations

import dataclasses
from collections import ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..types import ERROR, UNIT, TFun, TTuple, Type
from .processes import UNTYPED_PID, ProcessContext


def snake_name(variant: str) -> str:
    """The exact algorithm of spec 10 §10.3: `_` before every uppercase ASCII
    letter but the first character, then the letter lowercased."""
    out = []
    for i, ch in enumerate(variant):
        if "A" <= ch <= "Z" and i > 0:
            out.append("_")
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
    return "".join(out)


@dataclass(eq=False)
class ServiceOpInfo:
    kind: str        # "start" | "call" | "cast"
    index: int       # handler index, -1 for start
    ty: TFun


@dataclass(eq=False)
class ServiceInfo:
    name: str
    symbol: str
    module: str
    file: str
    node: object            # ast.ServiceDef
    span: Span
    is_pub: bool
    helpers: dict = field(default_factory=dict)    # name -> FnInfo (init included)
    ops: dict[str, ServiceOpInfo] = field(default_factory=dict)
    done: bool = False
    hir: hir.ServiceDef | None = None


def collect_service(program, env, m, item, prefix: str, collect_fn) -> None:
    name = item.name()
    span = item.name_token().span if item.name_token() else item.span
    svc = ServiceInfo(name, prefix + name, env.name, m.file, item, span, item.is_pub())
    groups: dict = {}
    previous = None
    table = SimpleNamespace(functions=svc.helpers, name=env.name)
    for fn in item.fns():
        previous = collect_fn(program, table, m, fn, groups, previous, prefix + name + ".")
    env.services[name] = svc


def check_service(program, env, svc: ServiceInfo) -> None:
    u = program.unifier
    scope_env = dataclasses.replace(env, functions=ChainMap(svc.helpers, env.functions))
    # the client functions of the handlers exist before any body is checked,
    # so handlers and helpers may call their own service (spec 10 §10.6)
    signatures = [_handler_signature(program, scope_env, svc, node)
                  for node in svc.node.handlers()]
    first_seen: dict[str, Span] = {}
    decl = program.decl_checker(env.name)
    for index, (node, (params, reply)) in enumerate(zip(svc.node.handlers(), signatures)):
        op = snake_name(node.name() or "_")
        name_span = node.name_token().span if node.name_token() else node.span
        if op == "start":
            decl.report(errors.service_name_clash(svc.file, name_span, "start", None))
        elif op in first_seen:
            decl.report(errors.service_name_clash(
                svc.file, name_span, op, Label(first_seen[op], f"this one generates `{op}` too")))
        else:
            first_seen[op] = name_span
            ret = reply if node.kind == "call" else UNIT
            svc.ops[op] = ServiceOpInfo(node.kind, index, TFun((UNTYPED_PID,) + tuple(params), ret))
    helpers = list(svc.helpers.values())
    for fn in helpers:
        fn.scope_env = scope_env
    program.check_functions(scope_env, helpers)
    init = svc.helpers.get("init")
    if init is not None and init.ty is not None and not init.failed:
        t, _ = u.instantiate(init.ty, init.type_params)
        start_params, state = list(t.params), t.ret
    elif init is not None:
        start_params, state = [], ERROR
    else:
        start_params, state = [], UNIT
    svc.ops["start"] = ServiceOpInfo("start", -1, TFun(tuple(start_params), UNTYPED_PID))
    handlers = []
    for node, (params, reply) in zip(svc.node.handlers(), signatures):
        handler, checker = _check_handler(program, scope_env, svc, node, state, params, reply)
        handlers.append(handler)
        program.finalize_later(checker, lambda h=handler, c=checker: _finalize(c, h))
    svc.hir = hir.ServiceDef(svc.symbol, svc.name, state, init.symbol if init else None,
                             start_params, handlers, svc.node.span, svc.file)
    svc.done = True

    def finalize_service(checker=decl) -> None:
        from ..finalize import Finalizer
        from .function import Deferred
        fin = Finalizer(svc.file, checker.report, Deferred, checker)
        svc.hir.state_type = fin.ty(svc.hir.state_type, svc.span)
        svc.hir.start_params = [fin.ty(t, svc.span) for t in svc.hir.start_params]
    program.finalize_later(None, finalize_service)


def _handler_signature(program, env, svc, node) -> tuple[list[Type], Type]:
    """Parameter and reply types from the annotations (fresh where omitted)."""
    checker = program.decl_checker(env.name)
    u = program.unifier
    params = [program.types.lower(checker, p.type_ann()) if p.type_ann() is not None
              else u.fresh() for p in node.params()]
    if node.kind == "call":
        reply_node = node.reply_type()
        reply = program.types.lower(checker, reply_node) if reply_node is not None else u.fresh()
    else:
        reply = UNIT
    return params, reply


def _check_handler(program, env, svc: ServiceInfo, node, state: Type, types: list[Type],
                   reply: Type):
    from .function import FnChecker
    checker = FnChecker(program, env, None)
    checker.process = ProcessContext("handler", svc.name, None, svc.file)
    params = []
    for p, ty in zip(node.params(), types):
        name = p.name() or "_"
        b = checker.new_binding(name, ty, p.span)
        if p.type_ann() is not None:
            checker.annotation_spans[b.id] = p.type_ann().span
        if name != "_":
            if name in checker.scope.names:
                checker.report(errors.duplicate_binding(svc.file, p.span, name,
                                                        checker.scope.names[name].span))
            checker.scope.names[name] = b
        params.append(hir.Param(b))
    state_binding = None
    state_name = node.state_name()
    if state_name:
        state_binding = checker.new_binding(state_name, state, node.span)
        checker.scope.names[state_name] = state_binding
    kind = node.kind
    origin = None
    if kind == "call":
        reply_node = node.reply_type()
        expected: Type = TTuple((state, reply))
        if reply_node is not None:
            origin = Label(reply_node.span, "a call handler returns `(new_state, reply)`: "
                           "`{expected}`")
        help_ = ["a `call` handler evaluates to the tuple `(new_state, reply)`"]
    else:
        expected = state
        help_ = ["a `cast` handler evaluates to the new state"]
    checker.return_type = expected
    body_node = node.body()
    body = checker.infer(body_node) if body_node is not None else checker.error_expr(node.span)
    checker.unify_at(checker.tail_span(body), expected, body.ty, origin, help_)
    checker.resolve_deferred(final=True)
    variant = node.name() or "_"
    handler = hir.ServiceHandler(kind, variant, snake_name(variant), params, state_binding,
                                 body, reply, node.span)
    return handler, checker


def _finalize(checker, handler: hir.ServiceHandler) -> None:
    from ..finalize import Finalizer
    from .function import Deferred
    fin = Finalizer(checker.file, checker.report, Deferred, checker)
    for p in handler.params:
        fin.node(p.binding)
    if handler.state is not None:
        fin.node(handler.state)
    handler.reply = fin.ty(handler.reply, handler.span)
    handler.body = fin.node(handler.body)
