"""`T.Output` of an operator on a declared type parameter (spec 03 §4.6).

Inside `fn gap<T>(a :: T, b :: T) where T: Sub = a - b` the result of
`a - b` is the `Output` of `T`'s `Sub` impl, not `T`.  The checker gives it
a fresh variable per (parameter, interface).  At the end of the body that
variable is one of:

- still free and part of the signature of a plain function whose return
  type is not annotated: it is generalised like any other variable and
  becomes a type parameter of the function (`gap : Fun(T, T) -> a`);
- anything else (an annotated return type, an impl method, a value used
  only inside the body): it is equated with what it became, or with `T`
  itself when nothing fixed it (the homogeneous reading).

Either way the function records `(target, T, iface)` and every
instantiation checks that the `Output` of the actual type's impl is the
instantiated target (E0001 between the two otherwise).  Code generation
needs nothing new: the hidden parameter is an ordinary type argument of
the `FnRef`, and the operator is a `MethodRef` resolved after
monomorphisation.
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Span

from .. import errors
from ..types import ERROR, TCon, TParam, TTuple, TVar, Type, prune, resolve
from ..unify import _subst

# operand types whose arithmetic is built in: Output = the type itself
_BUILTIN_ARITHMETIC = {"Int", "Float"}


class ProjectionRules:
    def projection_var(self, of: Type, iface: str) -> Type:
        """The type of `of.Output` for `iface`, one per (parameter, interface)."""
        o = prune(of)
        key = (type(o).__name__, getattr(o, "id", id(o)), iface)
        found = self.own_projections.get(key)
        if found is None:
            found = (o, iface, self.u.fresh())
            self.own_projections[key] = found
        return found[2]

    def instantiate_projections(self, fn, type_params: list[TParam], args: list,
                                span: Span) -> None:
        """Record the `Output` requirements of one use of ``fn``."""
        if not fn.projections:
            return
        mapping = {p.id: a for p, a in zip(type_params, args)}
        for target, of, iface in fn.projections:
            self.pending_projections.append(
                (_subst(target, mapping), _subst(of, mapping), iface, span))
        self.resolve_projections(final=False)

    def resolve_projections(self, final: bool) -> None:
        """Check the pending requirements whose parameter type is now known;
        with ``final`` the rest become requirements of this definition."""
        rest = []
        for target, of, iface, span in self.pending_projections:
            o = prune(of)
            if o == ERROR:
                continue
            if isinstance(o, TVar):
                if final:
                    # still unknown: the requirement moves to this definition
                    # (generalised with it, or read homogeneously)
                    self.unify_at(span, self.projection_var(o, iface), target)
                else:
                    rest.append((target, of, iface, span))
                continue
            if isinstance(o, TParam):
                self.unify_at(span, self.projection_var(o, iface), target)
                continue
            output = impl_output(self.program, o, iface)
            if self.u.unify(output, target) is not None:
                self.report(errors.operator_output_mismatch(
                    self.file, span, self.show(o), iface, self.show(output), self.show(target)))
        self.pending_projections = rest

    def settle_projections(self, fn, generalisable: bool) -> list:
        """Before generalisation: equate the projection variables that cannot
        become type parameters.  Returns the (target var, of, iface) list."""
        out = []
        sig_vars = _vars_in(fn.ty) if fn is not None and fn.ty is not None else set()
        for of, iface, var in self.own_projections.values():
            v = prune(var)
            if isinstance(v, TVar) and not (generalisable and id(v) in sig_vars):
                self.u.unify(v, of)
            out.append((var, of, iface))
        return out


def record_projections(fn, settled: list) -> None:
    """After generalisation: the function's requirements over its own params."""
    own = {p.id for p in fn.type_params}
    for var, of, iface in settled:
        o, t = resolve(of), resolve(var)
        if isinstance(o, TParam) and o.id in own:
            fn.projections.append((t, o, iface))


def impl_output(program, t: Type, iface: str) -> Type:
    """`Output` of ``t``'s impl of an operator interface (the type itself for
    the built-in numbers, ERROR when there is no impl: reported elsewhere)."""
    t = prune(t)
    if isinstance(t, TCon) and t.name in _BUILTIN_ARITHMETIC:
        return t
    if isinstance(t, TCon):
        from ..types import substitute
        from .impls import find_impl
        found = find_impl(program, iface, t)
        if found is not None and "Output" in found[0].assoc:
            return substitute(found[0].assoc["Output"], found[1])
    return ERROR


def _vars_in(t: Type) -> set[int]:
    found: set[int] = set()
    stack = [t]
    while stack:
        x = prune(stack.pop())
        if isinstance(x, TVar):
            found.add(id(x))
        elif isinstance(x, TCon):
            stack.extend(x.args)
        elif isinstance(x, TTuple):
            stack.extend(x.elems)
        elif hasattr(x, "params"):
            stack.extend(x.params)
            stack.append(x.ret)
    return found
