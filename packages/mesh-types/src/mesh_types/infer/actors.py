"""Actors (spec 10 §3): the signature `Fun(P1..Pn) -> Pid<M>`, the body
with its `terminate` block, generalisation of the message type `M`, and
E0103 for message types (of actors and of `main`) left partly inferred.

An actor is a :class:`FnInfo` of kind "actor", so it takes part in the
module's SCC order and generalisation like a function; what differs is
here.
"""

from __future__ import annotations

from .. import errors, hir
from ..types import ERROR, TCon, TFun, TParam, TTuple, TVar, Type, prune
from .processes import ProcessContext, tail_calls


def build_actor_signature(program, env, fn) -> None:
    from .function import FnChecker
    from .typedefs import generic_scope
    checker = FnChecker(program, env, None)
    names = generic_scope(program, checker, fn.node)
    fn.generic_names = names
    fn.type_params = [p for p in names.values() if isinstance(p, TParam)]
    params = []
    fn.param_spans = []
    for p in fn.node.params():
        ann = p.type_ann()
        params.append(program.types.lower(checker, ann, names) if ann is not None
                      else program.unifier.fresh())
        fn.param_spans.append(p.span)
    msg = program.unifier.fresh()
    fn.ty = TFun(tuple(params), TCon("Pid", (msg,)))
    fn.process = ProcessContext("actor", fn.name, msg, fn.file, fn)
    program.process_contexts.append(fn.process)


def check_actor_body(program, env, fn):
    from .function import FnChecker
    checker = FnChecker(program, env, fn)
    checker.type_params = fn.generic_names
    checker.return_type = program.unifier.fresh()  # `return` ends the body; value discarded
    checker.return_origin = None
    ctx = fn.process
    body_node = fn.node.body()
    ctx.tails = tail_calls(body_node) if body_node is not None else set()
    params = []
    for p, ty in zip(fn.node.params(), fn.ty.params):
        name = p.name() or "_"
        b = checker.new_binding(name, ty, p.span)
        if p.type_ann() is not None:
            checker.annotation_spans[b.id] = p.type_ann().span
        if name != "_":
            if name in checker.scope.names:
                checker.report(errors.duplicate_binding(fn.file, p.span, name,
                                                        checker.scope.names[name].span))
            checker.scope.names[name] = b
        params.append(hir.Param(b))
    body = checker.infer(body_node) if body_node is not None else checker.error_expr(fn.span)
    terminate = None
    clause = fn.node.terminate()
    if clause is not None and clause.body() is not None:
        ctx.tails = set()  # no self call is in tail position inside `terminate`
        terminate = checker.infer(clause.body())
    msg = prune(fn.ty.ret).args[0]
    fn.hir = hir.ActorDef(fn.symbol, fn.name, params, msg, body, terminate, [], fn.node.span,
                          fn.file)
    return checker


def pin_partial_message(program, fn) -> None:
    """Spec 10 §3.2: when `M` is partly known its variables are shared by the
    body and every use in the module, so they must not be generalised:
    give them the current (outer) level."""
    if fn.ty is None or fn.process is None:
        return
    msg = prune(fn.process.msg)
    if isinstance(msg, TVar):
        return
    level = program.unifier.level
    for v in _variables(msg):
        v.level = min(v.level, level)


def check_message_types(program, contexts: list[ProcessContext]) -> None:
    """E0103 for each actor or `main` whose message type still has
    variables after its module has been checked (not defaulted to Int)."""
    for ctx in contexts:
        msg = prune(ctx.msg)
        if isinstance(msg, (TVar, TParam)) or msg == ERROR:
            continue
        open_vars = _variables(msg)
        if not open_vars:
            continue
        ids = {v.id for v in open_vars}
        span = next((s for s, t in ctx.patterns if any(v.id in ids for v in _variables(t))),
                    None)
        if span is None:
            span = ctx.actor.span if ctx.actor is not None else None
        who = f"actor `{ctx.name}`" if ctx.kind == "actor" else "`main`"
        if span is not None:
            program.report(errors.partial_message_type(ctx.file, span, who, msg))
        for v in open_vars:   # one diagnostic: no E0048 for the same variables
            v.link = ERROR


def finalize_actor(fn, checker) -> None:
    from ..finalize import Finalizer
    from .function import Deferred
    a = fn.hir
    fin = Finalizer(fn.file, checker.report, Deferred, checker)
    for p in a.params:
        fin.node(p.binding)
    a.msg_type = fin.ty(a.msg_type, a.span)
    a.body = fin.node(a.body)
    if a.terminate is not None:
        a.terminate = fin.node(a.terminate)


def _variables(t: Type) -> list[TVar]:
    out: list[TVar] = []
    stack = [t]
    while stack:
        x = prune(stack.pop())
        if isinstance(x, TVar):
            if x not in out:
                out.append(x)
        elif isinstance(x, TCon):
            stack.extend(x.args)
        elif isinstance(x, TTuple):
            stack.extend(x.elems)
        elif isinstance(x, TFun):
            stack.extend(x.params)
            stack.append(x.ret)
    return out
