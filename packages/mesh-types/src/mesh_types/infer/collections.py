"""Atoms, list and map literals and indexing `e[i]` (spec 03 §4.1, 02 §4.4)."""

from __future__ import annotations

from mesh_syntax.diagnostics import Label

from .. import errors, hir
from ..library import MODULES
from ..types import ATOM, ERROR, INT, TCon, TVar, prune


class CollectionRules:
    def e_ATOM_LIT(self, node) -> hir.Expr:
        return hir.AtomLit(ATOM, node.span, node.name() or "")

    def e_LIST_EXPR(self, node) -> hir.Expr:
        elem = self.u.fresh()
        elems = []
        origin = None
        for e in node.elements():
            value = self.check_expr(e, elem, origin)
            if origin is None:
                origin = Label(value.span, "expected `{expected}` because of the first element")
            elems.append(value)
        return hir.ListLit(TCon("List", (elem,)), node.span, elems)

    def e_MAP_EXPR(self, node) -> hir.Expr:
        key, val = self.u.fresh(), self.u.fresh()
        entries = []
        key_origin = val_origin = None
        for entry in node.entries():
            k = self.check_expr(entry.key(), key, key_origin)
            v = self.check_expr(entry.value(), val, val_origin)
            key_origin = key_origin or Label(k.span, "expected `{expected}` because of the "
                                             "first key")
            val_origin = val_origin or Label(v.span, "expected `{expected}` because of the "
                                             "first value")
            entries.append((k, v))
        if entries:
            m = self.u.require(key, "Hash")
            if m is not None:
                self.report(errors.missing_impl(self.file, entries[0][0].span, m.left, "Hash"))
        return hir.MapLit(TCon("Map", (key, val)), node.span, entries)

    def e_INDEX_EXPR(self, node) -> hir.Expr:
        """`e[i]` is `List.get(e, i)` or `Map.get(e, i)` by the type of `e`."""
        base = self.infer(node.base())
        t = prune(base.ty)
        if t == ERROR:
            self.infer(node.index())
            return self.error_expr(node.span)
        if isinstance(t, TVar):
            self.u.unify(t, TCon("List", (self.u.fresh(),)))
            t = prune(base.ty)
        if isinstance(t, TCon) and t.name in ("List", "Map"):
            lib = MODULES[t.name]["get"][0]
            callee = self.builtin_ref(lib, node.span)
            return self.apply(node.span, callee, [base, node.index()], f"{t.name}.get", None)
        self.infer(node.index())
        self.report(errors.type_mismatch(self.file, base.span, TCon("List", (INT,)), t,
                                         label=f"`{self.show(t)}` cannot be indexed",
                                         help=[("only a `List` (by `Int`) or a `Map` (by key) "
                                               "can be indexed with `e[i]`")]))
        return self.error_expr(node.span)
