"""Expression rules of the process model (spec 10 §2-§7): `spawn`,
`spawn_link`, `send`, `self()`, `receive ... after`, `link`, and an
actor's tail self call.

Where `self()` and `receive` may appear is decided by the
:class:`ProcessContext` of the definition being checked: an actor body,
`main`, or a service handler (`self()` only, untyped).  Closures inside
share their definition's context, as the spec asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mesh_syntax import ast
from mesh_syntax.diagnostics import Label, Span

from .. import errors, hir
from ..types import ATOM, ERROR, INT, STRING, UNIT, TCon, TFun, TTuple, TVar, Type, prune

UNTYPED_PID = TCon("Pid")

# System messages (spec 10 §5.4): first atom -> types of the other elements.
SYSTEM_PATTERNS: dict[str, tuple[Type, ...]] = {
    "exit": (UNTYPED_PID, STRING),
    "down": (INT, UNTYPED_PID, STRING),
    "nodedown": (STRING,),
    "nodeup": (STRING,),
}


@dataclass(eq=False)
class ProcessContext:
    """The process a definition's code runs in."""

    kind: str                   # "actor" | "main" | "handler"
    name: str                   # actor name, "main", or the service name
    msg: Type | None            # the message type M (None in a handler: untyped)
    file: str = ""
    actor: object | None = None  # the actor's FnInfo
    # spans of the calls in tail position of the actor body (self calls allowed)
    tails: set[tuple[int, int]] = field(default_factory=set)
    # every ordinary receive pattern: (span, type), for E0103
    patterns: list[tuple[Span, Type]] = field(default_factory=list)

    def pid_type(self) -> Type:
        return TCon("Pid", (self.msg,)) if self.msg is not None else UNTYPED_PID


def tail_calls(body) -> set[tuple[int, int]]:
    """Spans of the call expressions in tail position of ``body`` (spec 05
    §10): the last expression, through blocks, `if` branches and the arms
    of `case`/`receive`; closures are never entered."""
    out: set[tuple[int, int]] = set()
    stack = [body]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if isinstance(node, ast.Block):
            stmts = node.stmts()
            if stmts and not isinstance(stmts[-1], ast.LetStmt):
                stack.append(stmts[-1])
        elif isinstance(node, ast.DoExpr):
            stack.append(node.block())
        elif isinstance(node, ast.ParenExpr):
            stack.append(node.expr())
        elif isinstance(node, ast.IfExpr):
            stack.append(node.then_block())
            stack.append(node.else_branch())
        elif isinstance(node, ast.CaseExpr):
            stack.extend(a.body() for a in node.arms())
        elif isinstance(node, ast.ReceiveExpr):
            stack.extend(a.body() for a in node.arms())
            after = node.after()
            if after is not None:
                stack.append(after.body())
        elif isinstance(node, (ast.CallExpr, ast.PipeExpr)):   # `n |> loop()` is a call too
            out.add((node.span.start, node.span.end))
    return out


def pid_message(t: Type) -> Type | None:
    """``M`` of a ``Pid<M>``; None for the untyped ``Pid``."""
    t = prune(t)
    if isinstance(t, TCon) and t.name == "Pid" and t.args:
        return t.args[0]
    return None


class ProcessRules:
    # ------------------------------------------------------------ self(), link

    def e_SELF_CALL(self, node) -> hir.Expr:
        ctx = self.process
        if ctx is None:
            self.report(errors.self_outside(self.file, node.span))
            return self.error_expr(node.span)
        return hir.SelfPid(ctx.pid_type(), node.span)

    def e_LINK_EXPR(self, node) -> hir.Expr:
        args = self.builtin_args(node)
        if len(args) != 1:
            self.report(errors.wrong_arity(self.file, node.span, "`link`", 1, len(args)))
            return self.skip_args(node.span, args)
        pid = self.check_expr(args[0], UNTYPED_PID)
        return hir.Link(UNIT, node.span, pid)

    def builtin_args(self, node) -> list:
        arglist = node.args()
        if arglist is None:
            return []
        return list(arglist.args()) + [k.value() for k in arglist.kw_args()]

    # ------------------------------------------------------------ send

    def e_SEND_EXPR(self, node) -> hir.Expr:
        args = self.builtin_args(node)
        if len(args) != 2:
            self.report(errors.wrong_arity(self.file, node.span, "`send`", 2, len(args)))
            return self.skip_args(node.span, args)
        pid = self.infer(args[0])
        pt = prune(pid.ty)
        if isinstance(pt, TVar):
            self.u.unify(pt, TCon("Pid", (self.u.fresh(),)))
            pt = prune(pt)
        if pt == ERROR:
            return hir.Send(UNIT, node.span, pid, self.infer(args[1]))
        if not (isinstance(pt, TCon) and pt.name == "Pid"):
            self.report(errors.type_mismatch(self.file, pid.span, UNTYPED_PID, pt,
                                             label=f"this has type `{self.show(pt)}`, "
                                             "not a `Pid`"))
            return hir.Send(UNIT, node.span, pid, self.infer(args[1]))
        want = pid_message(pt)
        message = self.infer(args[1])
        if want is not None:
            before_e, before_f = _resolved(want), _resolved(message.ty)
            m = self.u.unify(want, message.ty)
            if m is not None:
                origin = self.message_origin(pid)
                self.report(errors.send_mismatch(self.file, message.span, before_e, before_f,
                                                 origin))
        return hir.Send(UNIT, node.span, pid, message)

    def message_origin(self, pid: hir.Expr) -> Label | None:
        """Where the message type of ``pid`` comes from, when known: the
        first receive pattern of the actor, or a `Pid<...>` annotation."""
        t = prune(pid.ty)
        if isinstance(t, TCon) and t.args:
            x = t.args[0]
            while isinstance(x, TVar):  # the chain of variables M went through
                label = self.program.msg_origins.get(x.id)
                if label is not None:
                    return label
                x = x.link
        if isinstance(pid, hir.LocalRef):
            ann = self.annotation_spans.get(pid.binding.id)
            if ann is not None:
                return Label(ann, "the message type is declared here")
        return None

    # ------------------------------------------------------------ spawn

    def e_SPAWN_EXPR(self, node) -> hir.Expr:
        return self.spawn(node.span, self.builtin_args(node), link=False)

    def spawn(self, span: Span, args: list, link: bool) -> hir.Expr:
        keyword = "spawn_link" if link else "spawn"
        if not args:
            self.report(errors.wrong_arity(self.file, span, f"`{keyword}`", 1, 0))
            return self.error_expr(span)
        target_node, rest = args[0], args[1:]
        actor, supervisor, named_fn = self.spawn_target(target_node)
        if actor is not None:
            ref = self.actor_ref(actor, target_node.span)
            call = self.apply(span, ref, rest, actor.name, actor)
            if ref.ty == ERROR:
                return self.error_expr(span)
            return hir.Spawn(prune(ref.ty).ret, span, ref, call.args, link)
        if supervisor is not None:
            ref = hir.SupervisorRef(TFun((), UNTYPED_PID), target_node.span, supervisor.symbol)
            if rest:
                self.report(errors.wrong_arity(self.file, span, f"supervisor `{supervisor.name}`",
                                               0, len(rest)))
                self.skip_args(span, rest)
            return hir.Spawn(UNTYPED_PID, span, ref, [], link)
        if named_fn is not None:
            self.report(errors.not_spawnable(self.file, target_node.span, keyword,
                                             f"`{named_fn}` is a function"))
            return self.skip_args(span, rest)
        target = self.infer(target_node)
        tt = prune(target.ty)
        if isinstance(tt, TVar):
            self.u.unify(tt, TFun((), UNIT))
            tt = prune(tt)
        if tt == ERROR:
            return self.skip_args(span, rest)
        if not isinstance(tt, TFun) or tt.params or self.u.unify(tt.ret, UNIT) is not None:
            what = f"`{target_node.text().strip()}`" if isinstance(target_node, ast.NameRef) \
                else "this value"
            self.report(errors.not_spawnable(self.file, target_node.span, keyword,
                                             f"{what} has type `{self.show(tt)}`"))
            return self.skip_args(span, rest)
        if rest:
            self.report(errors.wrong_arity(self.file, span, "a spawned closure", 0, len(rest)))
            return self.skip_args(span, rest)
        return hir.Spawn(TCon("Pid", (self.u.fresh(),)), span, target, [], link)

    def spawn_target(self, node):
        """(actor FnInfo, supervisor info, name of a plain function) named by
        ``node``, or all None when it is an ordinary value."""
        env = self.module
        if isinstance(node, ast.NameRef):
            name = node.name()
            if self.scope.lookup(name) is not None:
                return None, None, None
            if name in env.actors:
                return env.actors[name], None, None
            if name in env.supervisors:
                return None, env.supervisors[name], None
            if name in env.functions or name in env.imported:
                return None, None, name
            return None, None, None
        if isinstance(node, ast.FieldExpr):
            module = self.qualifier_of(node.receiver())
            member = node.name() or ""
            target = self.program.user_modules.get(module) if module else None
            if target is None:
                return None, None, None
            item = target.actors.get(member) or target.supervisors.get(member)
            if item is None:
                return None, None, (f"{module}.{member}" if member in target.functions
                                    else None)
            if not item.is_pub and target.file != self.file:
                self.report(errors.private_item(self.file, node.span, member, module,
                                                Label(item.span, "defined here", item.file)))
                return None, None, None
            if member in target.actors:
                return item, None, None
            return None, item, None
        return None, None, None

    def actor_ref(self, actor, span: Span) -> hir.Expr:
        if actor.failed or actor.ty is None:
            return hir.ActorRef(ERROR, span, actor.symbol)
        if actor.done:
            ty, args = self.u.instantiate(actor.ty, actor.type_params)
            ref = hir.ActorRef(ty, span, actor.symbol, list(args))
            origin = actor.process.patterns[0][0] if actor.process and \
                actor.process.patterns else None
            m = pid_message(prune(ty).ret)
            if origin is not None and isinstance(m, TVar):
                self.program.msg_origins[m.id] = Label(
                    origin, f"the message type of `{actor.name}` comes from this pattern",
                    actor.file)
            return ref
        ref = hir.ActorRef(actor.ty, span, actor.symbol, [])
        self.program.pending_refs.append((ref, actor))
        return ref

    def misused_actor(self, name: str, span: Span) -> hir.Expr:
        self.report(errors.not_spawnable(self.file, span, "spawn",
                                         f"`{name}` is an actor: start it with "
                                         f"`spawn({name}, ...)`", actor_use=True))
        return self.error_expr(span)

    # ------------------------------------------------------------ tail self calls

    def actor_self_call(self, span: Span, name: str, args: list) -> hir.Expr:
        ctx = self.process
        actor = ctx.actor
        if (span.start, span.end) not in ctx.tails:
            self.report(errors.non_tail_self_call(self.file, span, name))
            self.skip_args(span, args)
            return self.error_expr(span)
        params = prune(actor.ty).params
        ref = hir.FnRef(TFun(params, UNIT), span, actor.symbol)
        call = self.apply(span, ref, args, name, actor)
        return hir.Reenter(UNIT, span, actor.symbol, call.args)

    # ------------------------------------------------------------ receive

    def e_RECEIVE_EXPR(self, node) -> hir.Expr:
        ctx = self.process
        if ctx is None or ctx.kind == "handler":
            self.report(errors.receive_outside(self.file, node.span, ctx is not None))
            msg: Type = ERROR
        else:
            msg = ctx.msg
        result = self.u.fresh()
        origin: Label | None = None
        arms: list[hir.ReceiveArm] = []

        def body_type(body: hir.Expr) -> None:
            nonlocal origin
            if origin is None:
                self.unify_at(self.tail_span(body), result, body.ty)
                origin = Label(self.tail_span(body), "this arm has type `{expected}`")
            else:
                self.unify_at(self.tail_span(body), result, body.ty, origin)

        for arm in node.arms():
            self.push_scope()
            try:
                system = system_kind(arm.pattern())
                if system is not None:
                    shape = TTuple((ATOM,) + SYSTEM_PATTERNS[system])
                    pattern, _ = self.pattern(arm.pattern(), shape, {}, None)
                else:
                    before = self.error_count
                    pattern, _ = self.pattern(arm.pattern(), msg, {}, self.message_label(ctx))
                    if ctx is not None and ctx.msg is not None and self.error_count == before:
                        self.note_receive_pattern(ctx, pattern)
                guard = self.guard(arm.guard()) if arm.guard() is not None else None
                body = self.infer(arm.body())
            finally:
                self.pop_scope()
            body_type(body)
            arms.append(hir.ReceiveArm(pattern, guard, body, arm.span, system))
        timeout = after_body = None
        after = node.after()
        if after is not None:
            timeout = self.check_expr(after.timeout(), INT,
                                      help=["the `after` timeout is in milliseconds (`Int`)"])
            after_body = self.infer(after.body())
            body_type(after_body)
        return hir.Receive(result, node.span, arms, timeout, after_body)

    def message_label(self, ctx: ProcessContext | None) -> Label | None:
        if ctx is None or not ctx.patterns:
            return None
        return Label(ctx.patterns[0][0], "the message type `{expected}` comes from this pattern")

    def note_receive_pattern(self, ctx: ProcessContext, pattern: hir.Pattern) -> None:
        ctx.patterns.append((pattern.span, pattern.ty))
        if len(ctx.patterns) == 1 and isinstance(ctx.msg, TVar):
            what = f"`{ctx.name}`" if ctx.kind == "actor" else "`main`"
            self.program.msg_origins[ctx.msg.id] = Label(
                pattern.span, f"the message type of {what} comes from this pattern", self.file)


def system_kind(pattern) -> str | None:
    """The system message a receive pattern matches (spec 10 §5.4): a tuple
    pattern whose first element is `:exit`/`:down`/`:nodedown`/`:nodeup`
    with the matching arity."""
    while isinstance(pattern, ast.ParenPat):
        pattern = pattern.pattern()
    if not isinstance(pattern, ast.TuplePat):
        return None
    elems = pattern.elements()
    if not elems or not isinstance(elems[0], ast.LiteralPat):
        return None
    atom = elems[0].atom_name()
    if atom in SYSTEM_PATTERNS and len(elems) == len(SYSTEM_PATTERNS[atom]) + 1:
        return atom
    return None


def _resolved(t: Type) -> Type:
    from ..types import resolve
    return resolve(t)
