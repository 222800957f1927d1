"""Loops: ``while``, ``for`` over ranges, lists, maps, sets and user iterators,
``break`` and ``continue`` (a mixin of ``FunctionLowerer``).

Every loop has a head block that starts with a safe point (the preemption
check on the back-edge), a ``next`` block (``continue`` goes there: advance,
then back to the head) and an exit block (``break`` goes there).  A ``for``
over a range literal ``a..b`` is a counted loop with no allocation.  The
value of a ``for`` is the list of its body values (spec 05 s9); a ``for``
used as a statement builds no list.
"""

from __future__ import annotations

from dataclasses import dataclass

from mesh_types import hir
from mesh_types.types import BOOL, INT, UNIT, TCon, TTuple, Type, prune

from . import mir


@dataclass
class Loop:
    next: mir.Block          # `continue`
    exit: mir.Block          # `break`


class LoopLowering:
    # ------------------------------------------------------------ while
    def lower_While(self, e: hir.While) -> mir.Operand | None:
        loc = self.loc(e.span)
        head, body, exit_ = self.b.block("while.head"), self.b.block("while.body"), self.b.block("while.end")
        self.b.goto(head)
        self.b.start(head)
        self.b.emit(mir.SafePoint(loc))
        cond = self.lower_expr(e.cond)
        if cond is None:
            return None
        self.b.terminate(mir.Branch(loc, cond, body, exit_))
        self.b.start(body)
        self.loops.append(Loop(head, exit_))
        done = self.lower_expr(e.body)
        self.loops.pop()
        if done is not None:
            self.b.goto(head)
        self.b.start(exit_)
        return mir.Const(None, UNIT)

    def lower_Break(self, e: hir.Break) -> None:
        self.b.goto(self.innermost(e).exit, self.loc(e.span))

    def lower_Continue(self, e: hir.Continue) -> None:
        self.b.goto(self.innermost(e).next, self.loc(e.span))

    def innermost(self, e: hir.Expr) -> Loop:
        if not self.loops:
            raise self.unsupported(f"`{type(e).__name__.lower()}` outside a loop", e)
        return self.loops[-1]

    # ------------------------------------------------------------ for
    def lower_For(self, e: hir.For) -> mir.Operand | None:
        return self.lower_for(e, collect=True)

    def lower_for(self, e: hir.For, collect: bool) -> mir.Operand | None:
        loc = self.loc(e.span)
        result = None
        if collect:
            result = self.b.var(self.ty(e.ty), "for")
            empty = self.temp(result.ty, "list")
            self.b.emit(mir.CallBuiltin(loc, empty, "$list.of", []))
            self.b.emit(mir.Assign(loc, result, empty))
        source = e.source
        if (isinstance(source, hir.Call) and isinstance(source.callee, hir.BuiltinRef)
                and source.callee.name == "Range.new"):
            bounds = self.lower_all(source.args)
            if bounds is None:
                return None
            iterate = self.counted(bounds[0], bounds[1])
        else:
            value = self.lower_expr(source)
            if value is None:
                return None
            iterate = self.iteration(e, value)
        exit_ = self.b.block("for.end")
        self.b.goto(iterate.head)
        self.b.start(iterate.head)
        self.b.emit(mir.SafePoint(loc))
        item = iterate.test(exit_)
        self.loops.append(Loop(iterate.next, exit_))
        if self.bind_item(e, item):
            self.for_body(e, result, iterate.next)
        self.loops.pop()
        self.b.start(iterate.next)
        iterate.advance()
        self.b.goto(iterate.head)
        self.b.start(exit_)
        return result if result is not None else mir.Const(None, UNIT)

    def bind_item(self, e: hir.For, item: mir.Operand | list[mir.Operand]) -> bool:
        """A map entry comes as [key, value]: a ``{k, v}`` pattern binds the parts directly,
        anything else gets the ``(k, v)`` tuple."""
        if not isinstance(item, list):
            return self.bind_pattern(e.pattern, item, None)
        p = e.pattern
        if isinstance(p, hir.PTuple) and len(p.elems) == len(item):
            return all(self.bind_pattern(sub, part, None) for sub, part in zip(p.elems, item))
        pair = self.temp(TTuple(tuple(x.ty for x in item)), "entry")
        self.b.emit(mir.MakeRecord(None, pair, item))
        return self.bind_pattern(p, pair, None)

    def for_body(self, e: hir.For, result: mir.Local | None, next_: mir.Block) -> None:
        if e.filter is not None:
            keep = self.lower_expr(e.filter)
            if keep is None:
                return
            body = self.b.block("for.body")
            self.b.terminate(mir.Branch(self.loc(e.filter.span), keep, body, next_))
            self.b.start(body)
        value = self.lower_expr(e.body)
        if value is None:
            return
        if result is not None:
            grown = self.temp(result.ty, "list")
            self.b.emit(mir.CallBuiltin(self.loc(e.body.span), grown, "List.append", [result, value]))
            self.b.emit(mir.Assign(None, result, grown))
        self.b.goto(next_)

    # ------------------------------------------------------------ sources
    def counted(self, start: mir.Operand, end: mir.Operand) -> _Iteration:
        """``i`` from ``start`` while ``i < end``, one by one."""
        i = self.b.var(INT, "i")
        self.b.emit(mir.Assign(None, i, start))
        stop = self.b.var(INT, "end")
        self.b.emit(mir.Assign(None, stop, end))
        it = _Iteration(self, "range")

        def test(exit_: mir.Block) -> mir.Operand:
            more = self.temp(BOOL, "more")
            self.b.emit(mir.BinOp(None, more, "<", i, stop, INT))
            return it.branch(more, exit_, i)

        def advance() -> None:
            bumped = self.temp(INT, "i")
            self.b.emit(mir.BinOp(None, bumped, "+", i, mir.Const(1, INT), INT))
            self.b.emit(mir.Assign(None, i, bumped))
        it.test, it.advance = test, advance
        return it

    def iteration(self, e: hir.For, source: mir.Operand) -> _Iteration:
        t = prune(source.ty)
        if e.next_method is not None or e.iter_method is not None:
            return self.user_iteration(e, source)
        name = t.name if isinstance(t, TCon) else ""
        if name == "Range":
            start, end = self.temp(INT, "start"), self.temp(INT, "end")
            self.b.emit(mir.CallBuiltin(None, start, "$range.start", [source]))
            self.b.emit(mir.CallBuiltin(None, end, "$range.end", [source]))
            return self.counted(start, end)
        if name == "List":
            return self.indexed(source, prune(t.args[0]))
        if name in ("Map", "Set"):
            return self.cursor(source, name, t)
        if name == "Iter":
            return self.pulled(source, prune(t.args[0]))
        raise self.unsupported(f"`for` over `{t!r}`", e)

    def pulled(self, it_value: mir.Operand, item_t: Type) -> _Iteration:
        """An ``Iter<T>``: one runtime pull per item until it reports the end."""
        it = _Iteration(self, "iter")

        def test(exit_: mir.Block) -> mir.Operand:
            more, item = self.temp(BOOL, "more"), self.temp(item_t, "item")
            self.b.emit(mir.IterNext(None, more, item, it_value))
            return it.branch(more, exit_, item)
        it.test, it.advance = test, lambda: None
        return it

    def indexed(self, xs: mir.Operand, elem: Type) -> _Iteration:
        n = self.temp(INT, "n")
        self.b.emit(mir.CallBuiltin(None, n, "List.length", [xs]))
        it = self.counted(mir.Const(0, INT), n)
        index_test = it.test

        def test(exit_: mir.Block) -> mir.Operand:
            i = index_test(exit_)
            item = self.temp(elem, "item")
            self.b.emit(mir.CallBuiltin(None, item, "$list.at", [xs, i]))
            return item
        it.test = test
        return it

    def cursor(self, coll: mir.Operand, name: str, t: TCon) -> _Iteration:
        """Maps and sets in insertion order through the runtime's cursor (mesh_rt_map_next);
        a map gives its key and value as two parts, not a tuple (see ``lower_for``)."""
        cur = self.b.var(INT, "cursor")
        self.b.emit(mir.Assign(None, cur, mir.Const(0, INT)))
        it = _Iteration(self, name.lower())

        def test(exit_: mir.Block) -> mir.Operand | list[mir.Operand]:
            nxt, key = self.temp(INT, "cursor"), self.temp(t.args[0], "key")
            value = self.temp(t.args[1], "value") if name == "Map" else None
            self.b.emit(mir.CursorNext(None, nxt, key, value, name.lower(), coll, cur))
            self.b.emit(mir.Assign(None, cur, nxt))
            more = self.temp(BOOL, "more")
            self.b.emit(mir.BinOp(None, more, ">=", nxt, mir.Const(0, INT), INT))
            return it.branch(more, exit_, [key, value] if value is not None else key)
        it.test, it.advance = test, lambda: None
        return it

    def user_iteration(self, e: hir.For, source: mir.Operand) -> _Iteration:
        """``Iterable.iter`` once, then ``Iterator.next`` until ``None`` (spec 03 s9.5)."""
        state_value = source
        if e.iter_method is not None:
            state_value = self.call_method(e.iter_method, [source], self.ty(e.iter_method.ty).ret, e)
        if e.next_method is None:
            return self.iteration(hir.For(e.ty, e.span, e.pattern, e.source, e.filter, e.body), state_value)
        state = self.b.var(state_value.ty, "iter")
        self.b.emit(mir.Assign(None, state, state_value))
        step_t = self.ty(e.next_method.ty).ret          # Option<(Item, Self)>
        pair_t = prune(step_t).args[0]
        it = _Iteration(self, "iter")

        def test(exit_: mir.Block) -> mir.Operand:
            step = self.call_method(e.next_method, [state], step_t, e)
            tag = self.temp(INT, "tag")
            self.b.emit(mir.VariantTag(None, tag, step))
            more = self.temp(BOOL, "more")
            self.b.emit(mir.BinOp(None, more, "==", tag, mir.Const(1, INT), INT))
            body = self.b.block("for.item")
            self.b.terminate(mir.Branch(None, more, body, exit_))
            self.b.start(body)
            pair = self.temp(pair_t, "pair")
            self.b.emit(mir.VariantGet(None, pair, step, 1, 0))
            item, rest = self.temp(pair_t.elems[0], "item"), self.temp(pair_t.elems[1], "rest")
            self.b.emit(mir.RecordGet(None, item, pair, 0))
            self.b.emit(mir.RecordGet(None, rest, pair, 1))
            self.b.emit(mir.Assign(None, state, rest))
            return item
        it.test, it.advance = test, lambda: None
        return it


class _Iteration:
    """How one ``for`` walks its source: ``test(exit)`` branches to ``exit`` at the end and
    returns the item; ``advance()`` runs on the way back to the head (after ``continue`` too)."""

    def __init__(self, lw, hint: str) -> None:
        self.lw = lw
        self.head = lw.b.block(f"for.{hint}")
        self.next = lw.b.block("for.next")
        self.test = None
        self.advance = None

    def branch(self, more: mir.Operand, exit_: mir.Block, item: mir.Operand) -> mir.Operand:
        body = self.lw.b.block("for.item")
        self.lw.b.terminate(mir.Branch(None, more, body, exit_))
        self.lw.b.start(body)
        return item
