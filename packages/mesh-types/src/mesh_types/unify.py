"""Unification with occurs check, levels and interface constraints.

Levels implement efficient generalisation (no scan of the environment):
every variable records the deepest binding level at which it was created;
binding a variable to a type lowers the levels inside that type, so after
checking a definition at level ``L + 1`` the variables still above ``L`` are
exactly those that do not escape into the environment.

Interface requirements on a type that is still a variable are recorded on
the variable (``TVar.constraints``) and checked when it is bound (spec 03
§4.6).  Failures are returned as :class:`Mismatch` values, never raised:
the checker turns them into diagnostics with the context it knows.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .interfaces import requirement
from .types import ERROR, NEVER, TCon, TFun, TParam, TTuple, TVar, Type, prune


@dataclass(slots=True)
class Mismatch:
    """Why two types could not be made equal (innermost point of failure)."""

    kind: str  # "mismatch" | "arity" | "occurs" | "missing_impl"
    left: Type | None = None
    right: Type | None = None
    iface: str | None = None


@dataclass
class Unifier:
    level: int = 0
    # bounds of rigid type parameters: declared `where` clauses and the
    # constraints of generalised variables
    param_bounds: dict[int, set[str]] = field(default_factory=dict)
    # user impls and derived interfaces: (TCon, iface) -> None (ask the
    # built-in table) or (holds, [(type, iface) that must hold too])
    user_impls: object = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------ variables

    def fresh(self, constraints: set[str] | None = None) -> TVar:
        return TVar(next(self._ids), self.level, None, set(constraints or ()))

    def new_param(self, name: str, bounds: set[str] | None = None) -> TParam:
        p = TParam(next(self._ids), name)
        self.param_bounds[p.id] = set(bounds or ())
        return p

    def enter(self) -> None:
        self.level += 1

    def leave(self) -> None:
        self.level -= 1

    # ------------------------------------------------------------ unification

    def unify(self, expected: Type, found: Type) -> Mismatch | None:
        a, b = prune(expected), prune(found)
        if a is b:
            return None
        if a == ERROR or b == ERROR or a == NEVER or b == NEVER:
            return None
        if isinstance(a, TVar):
            return self._bind(a, b)
        if isinstance(b, TVar):
            return self._bind(b, a)
        if isinstance(a, TParam) or isinstance(b, TParam):
            if isinstance(a, TParam) and isinstance(b, TParam) and a.id == b.id:
                return None
            return Mismatch("mismatch", a, b)
        if isinstance(a, TCon) and isinstance(b, TCon):
            if a.name == "Pid" == b.name and not (a.args and b.args):
                return None  # untyped `Pid` is compatible with every `Pid<M>` (spec 10 §2)
            if a.name != b.name or len(a.args) != len(b.args):
                return Mismatch("mismatch", a, b)
            return self._unify_all(a.args, b.args)
        if isinstance(a, TTuple) and isinstance(b, TTuple):
            if len(a.elems) != len(b.elems):
                return Mismatch("arity", a, b)
            return self._unify_all(a.elems, b.elems)
        if isinstance(a, TFun) and isinstance(b, TFun):
            if len(a.params) != len(b.params):
                return Mismatch("arity", a, b)
            return self._unify_all(a.params + (a.ret,), b.params + (b.ret,))
        return Mismatch("mismatch", a, b)

    def _unify_all(self, xs, ys) -> Mismatch | None:
        for x, y in zip(xs, ys):
            m = self.unify(x, y)
            if m is not None:
                return m
        return None

    def _bind(self, var: TVar, t: Type) -> Mismatch | None:
        if isinstance(t, TVar):
            t.level = min(t.level, var.level)
            t.constraints |= var.constraints
            var.link = t
            return None
        if self._occurs_adjust(var, t):
            return Mismatch("occurs", var, t)
        var.link = t
        for iface in sorted(var.constraints):
            m = self.require(t, iface)
            if m is not None:
                return m
        return None

    def _occurs_adjust(self, var: TVar, t: Type) -> bool:
        """True if ``var`` occurs in ``t``; lowers the levels of t's variables."""
        stack = [t]
        while stack:
            x = prune(stack.pop())
            if isinstance(x, TVar):
                if x is var:
                    return True
                x.level = min(x.level, var.level)
            elif isinstance(x, TCon):
                stack.extend(x.args)
            elif isinstance(x, TTuple):
                stack.extend(x.elems)
            elif isinstance(x, TFun):
                stack.extend(x.params)
                stack.append(x.ret)
        return False

    # ------------------------------------------------------------ interfaces

    def require(self, t: Type, iface: str) -> Mismatch | None:
        """Demand that ``t`` implements ``iface`` (now, or once it is known)."""
        top = prune(t)
        stack = [(top, iface)]
        while stack:
            x, want = stack.pop()
            x = prune(x)
            if isinstance(x, TVar):
                x.constraints.add(want)
                continue
            if x == ERROR:
                continue
            if isinstance(x, TParam):
                if want not in self.param_bounds.get(x.id, ()):
                    return Mismatch("missing_impl", x, None, want)
                continue
            holds, parts = self._requirement(x, want)
            if not holds:
                return Mismatch("missing_impl", top if want == iface else x, None, want)
            stack.extend(parts)
        return None

    def _requirement(self, x: Type, iface: str) -> tuple[bool, list[tuple[Type, str]]]:
        if isinstance(x, TCon) and self.user_impls is not None:
            decided = self.user_impls(x, iface)
            if decided is not None:
                return decided
        holds, parts = requirement(x, iface)
        return holds, [(p, iface) for p in parts]

    def implements(self, t: Type, iface: str) -> bool | None:
        """Does ``t`` implement ``iface``?  None while ``t`` is unknown."""
        x = prune(t)
        if isinstance(x, TVar):
            return None
        if x == ERROR:
            return True
        if isinstance(x, TParam):
            return iface in self.param_bounds.get(x.id, ())
        holds, parts = self._requirement(x, iface)
        if not holds:
            return False
        return all(self.implements(p, i) is not False for p, i in parts)

    # ------------------------------------------------------------ schemes

    def generalise(self, types: list[Type], names: set[str] | None = None) -> list[TParam]:
        """Quantify the variables above the current level that occur in ``types``.

        Each such variable is linked to a fresh rigid :class:`TParam` (named
        ``a``, ``b``, ... avoiding ``names``), carrying its constraints as
        bounds; the params are returned in order of first appearance.
        """
        params: list[TParam] = []
        taken = set(names or ())
        letters = (chr(c) for c in itertools.chain(range(97, 123)))
        stack = list(reversed(types))
        while stack:
            x = prune(stack.pop())
            if isinstance(x, TVar):
                if x.level > self.level:
                    name = next((n for n in letters if n not in taken), None) or f"t{x.id}"
                    p = self.new_param(name, x.constraints)
                    x.link = p
                    params.append(p)
            elif isinstance(x, TCon):
                stack.extend(reversed(x.args))
            elif isinstance(x, TTuple):
                stack.extend(reversed(x.elems))
            elif isinstance(x, TFun):
                stack.append(x.ret)
                stack.extend(reversed(x.params))
        return params

    def instantiate(self, t: Type, params: list[TParam]) -> tuple[Type, list[TVar]]:
        """Replace the scheme's params by fresh variables (with their bounds)."""
        if not params:
            return t, []
        fresh = [self.fresh(self.param_bounds.get(p.id)) for p in params]
        mapping = {p.id: v for p, v in zip(params, fresh)}
        return _subst(t, mapping), fresh


def _subst(t: Type, mapping: dict[int, Type]) -> Type:
    t = prune(t)
    if isinstance(t, TParam):
        return mapping.get(t.id, t)
    if isinstance(t, TCon):
        return TCon(t.name, tuple(_subst(a, mapping) for a in t.args)) if t.args else t
    if isinstance(t, TFun):
        return TFun(tuple(_subst(p, mapping) for p in t.params), _subst(t.ret, mapping))
    if isinstance(t, TTuple):
        return TTuple(tuple(_subst(e, mapping) for e in t.elems))
    return t
