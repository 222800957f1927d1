"""Pattern matching compiled to decision trees (Maranget-style clause matrices).

A match is a matrix: one row per arm (its patterns, one per *occurrence* --
a MIR operand for a part of the scrutinee), the bindings made so far, the
guard, and the arm index.  Compilation:

* the first row has only wildcards: it matches -- make its bindings, test
  its guard (on false, compile the remaining rows), jump to its body;
* otherwise pick the first column where the first row tests something and
  branch once on that occurrence: a ``Switch`` on the tag (sum variants) or
  value (Int, Bool), equality tests in arm order (String, Float, Atom),
  emptiness (lists), or no test at all (tuples); each branch keeps only the
  rows compatible with it, with the constructor's fields as new columns.

So no part of the value is tested twice on any path.  Or-patterns expand
into one row per alternative (tried left to right); ``p as x`` and bindings
are recorded and assigned at the leaf.  Every arm body is lowered once, in
its own block, after the tree; the leaves jump to it with the arm's
variables assigned (shared by name across alternatives).  When no row is
left the match panics "no case clause matched" (a checker defect).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mesh_types import hir
from mesh_types.types import ATOM, BOOL, INT, Type, prune

from . import mir
from .layout import kind

if TYPE_CHECKING:
    from .lower import FunctionLowerer

SWITCHABLE = ("Int", "Bool")


@dataclass
class Row:
    pats: list[hir.Pattern]
    arm: int
    guard: hir.Expr | None
    binds: list[tuple[hir.Binding, mir.Operand]] = field(default_factory=list)


def _wild(t: Type) -> hir.PWild:
    return hir.PWild(t, None)


def _is_wild(p: hir.Pattern) -> bool:
    return isinstance(p, hir.PWild)


class MatchCompiler:
    def __init__(self, lw: FunctionLowerer, loc: mir.Loc | None, on_body: Callable[[int], bool]) -> None:
        self.lw = lw
        self.b = lw.b
        self.loc = loc
        self.on_body = on_body
        self.bodies: dict[int, mir.Block] = {}
        self.arm_vars: dict[int, dict[str, mir.Local]] = {}

    def run(self, scrutinee: mir.Operand, arms: list[tuple[hir.Pattern, hir.Expr | None]]) -> bool:
        rows = [Row([p], i, g) for i, (p, g) in enumerate(arms)]
        self.compile([scrutinee], rows)
        reached = False
        for arm in sorted(self.bodies):
            self.b.start(self.bodies[arm])
            if self.on_body(arm):
                reached = True
        return reached

    # ------------------------------------------------------------ the matrix
    def simplify(self, occs: list[mir.Operand], rows: list[Row]) -> list[Row]:
        """Record bindings, strip ``as`` and expand or-patterns, column by column."""
        out: list[Row] = []
        for row in rows:
            out.extend(self._simplify_row(occs, row))
        return out

    def _simplify_row(self, occs: list[mir.Operand], row: Row) -> list[Row]:
        pats, binds = list(row.pats), list(row.binds)
        for i, p in enumerate(pats):
            while True:
                if isinstance(p, hir.PAs):
                    binds.append((p.binding, occs[i]))
                    p = p.pattern
                elif isinstance(p, hir.PBind):
                    binds.append((p.binding, occs[i]))
                    p = _wild(p.ty)
                elif isinstance(p, hir.PLit) and p.value is None or isinstance(p, hir.PTuple) and all(_is_wild(e) for e in p.elems):
                    p = _wild(p.ty)
                elif isinstance(p, hir.POr):
                    rows = []
                    for alt in p.alts:
                        rows.extend(self._simplify_row(occs, Row(pats[:i] + [alt] + pats[i + 1:], row.arm,
                                                                 row.guard, binds)))
                    return rows
                else:
                    break
            pats[i] = p
        return [Row(pats, row.arm, row.guard, binds)]

    def compile(self, occs: list[mir.Operand], rows: list[Row]) -> None:
        rows = self.simplify(occs, rows)
        if not rows:
            self.b.terminate(mir.Panic(self.loc, "no case clause matched"))
            return
        first = rows[0]
        column = next((i for i, p in enumerate(first.pats) if not _is_wild(p)), None)
        if column is None:
            self.leaf(first, occs, rows[1:])
            return
        head = first.pats[column]
        if isinstance(head, hir.PTuple):
            self.split_tuple(occs, rows, column)
        elif isinstance(head, hir.PCtor):
            self.split_variants(occs, rows, column)
        elif isinstance(head, (hir.PNil, hir.PCons)):
            self.split_list(occs, rows, column)
        elif isinstance(head, (hir.PLit, hir.PAtom)):
            self.split_literals(occs, rows, column)
        else:
            raise self.lw.unsupported(f"`{type(head).__name__}` patterns", head)

    def leaf(self, row: Row, occs: list[mir.Operand], rest: list[Row]) -> None:
        for binding, value in row.binds:
            self.b.emit(mir.Assign(self.lw.loc(binding.span), self.var(row.arm, binding), value))
        if row.guard is None:
            self.b.goto(self.body(row.arm))
            return
        guard = self.lw.lower_expr(row.guard)
        if guard is None:
            return
        otherwise = self.b.block("case.guard_failed")
        self.b.terminate(mir.Branch(self.lw.loc(row.guard.span), guard, self.body(row.arm), otherwise))
        self.b.start(otherwise)
        self.compile(occs, rest)

    def var(self, arm: int, binding: hir.Binding) -> mir.Local:
        """One variable per name per arm: every alternative of an or-pattern assigns the same."""
        names = self.arm_vars.setdefault(arm, {})
        local = names.get(binding.name)
        if local is None:
            local = names[binding.name] = self.lw.bind(binding)
        else:
            self.lw.vars[binding.id] = local
        return local

    def body(self, arm: int) -> mir.Block:
        if arm not in self.bodies:
            self.bodies[arm] = self.b.block("case.arm")
        return self.bodies[arm]

    # ------------------------------------------------------------ splits
    def _expand(self, occs, rows, column, new_occs, keep: Callable[[hir.Pattern], list[hir.Pattern] | None]):
        """Rows for one branch: ``keep`` gives the sub-patterns replacing the column, or None to drop."""
        out = []
        for row in rows:
            subs = keep(row.pats[column])
            if subs is not None:
                out.append(Row(row.pats[:column] + subs + row.pats[column + 1:], row.arm, row.guard, row.binds))
        return occs[:column] + new_occs + occs[column + 1:], out

    def split_tuple(self, occs, rows, column) -> None:
        occ = occs[column]
        elems = prune(occ.ty).elems
        parts = []
        for i, et in enumerate(elems):
            part = self.b.temp(et, "elem")
            self.b.emit(mir.RecordGet(self.loc, part, occ, i))
            parts.append(part)
        new_occs, new_rows = self._expand(
            occs, rows, column, parts,
            lambda p: list(p.elems) if isinstance(p, hir.PTuple) else [_wild(t) for t in elems])
        self.compile(new_occs, new_rows)

    def split_variants(self, occs, rows, column) -> None:
        occ = occs[column]
        t = prune(occ.ty)
        variants = {v.tag: v for v in self.lw.ctx.types.variants(t)}
        tags = []
        for row in rows:
            p = row.pats[column]
            if isinstance(p, hir.PCtor) and p.tag not in tags:
                tags.append(p.tag)
        tag = self.b.temp(INT, "tag")
        self.b.emit(mir.VariantTag(self.loc, tag, occ))
        blocks = [(k, self.b.block(f"case.{variants[k].name}")) for k in tags]
        complete = len(tags) == len(variants)
        default = self.b.block("case.other")
        self.b.terminate(mir.Switch(self.loc, tag, blocks, default))
        for k, block in blocks:
            self.b.start(block)
            fields = variants[k].fields
            parts = []
            for i, ft in enumerate(fields):
                part = self.b.temp(ft, "field")
                self.b.emit(mir.VariantGet(self.loc, part, occ, k, i))
                parts.append(part)

            def keep(p, k=k, fields=fields):
                if isinstance(p, hir.PCtor):
                    return list(p.args) if p.tag == k else None
                return [_wild(ft) for ft in fields]
            self.compile(*self._expand(occs, rows, column, parts, keep))
        self.b.start(default)
        if complete:
            self.b.terminate(mir.Unreachable(self.loc))
        else:
            self.compile(*self._expand(occs, rows, column, [], lambda p: [] if _is_wild(p) else None))

    def split_list(self, occs, rows, column) -> None:
        occ = occs[column]
        elem_t = prune(occ.ty).args[0]
        length = self.b.temp(INT, "len")
        self.b.emit(mir.CallBuiltin(self.loc, length, "List.length", [occ]))
        empty = self.b.temp(BOOL, "empty")
        self.b.emit(mir.BinOp(self.loc, empty, "==", length, mir.Const(0, INT), INT))
        nil_block, cons_block = self.b.block("case.nil"), self.b.block("case.cons")
        self.b.terminate(mir.Branch(self.loc, empty, nil_block, cons_block))
        self.b.start(nil_block)
        self.compile(*self._expand(occs, rows, column, [],
                                   lambda p: [] if isinstance(p, hir.PNil) or _is_wild(p) else None))
        self.b.start(cons_block)
        head, tail = self.b.temp(elem_t, "head"), self.b.temp(occ.ty, "tail")
        self.b.emit(mir.CallBuiltin(self.loc, head, "List.head", [occ]))
        self.b.emit(mir.CallBuiltin(self.loc, tail, "List.tail", [occ]))

        def keep(p):
            if isinstance(p, hir.PCons):
                return [p.head, p.tail]
            return [_wild(elem_t), _wild(occ.ty)] if _is_wild(p) else None
        self.compile(*self._expand(occs, rows, column, [head, tail], keep))

    def split_literals(self, occs, rows, column) -> None:
        occ = occs[column]
        values: list[object] = []
        for row in rows:
            p = row.pats[column]
            v = self._literal(p)
            if v is not None and v not in values:
                values.append(v)
        k = kind(occ.ty)

        def keep_value(v):
            return lambda p: [] if _is_wild(p) or self._literal(p) == v else None
        if k in SWITCHABLE:
            blocks = [(int(v[1]), self.b.block("case.lit")) for v in values]
            default = self.b.block("case.other")
            self.b.terminate(mir.Switch(self.loc, occ, blocks, default))
            for v, (_, block) in zip(values, blocks):
                self.b.start(block)
                self.compile(*self._expand(occs, rows, column, [], keep_value(v)))
            self.b.start(default)
            if k == "Bool" and len(values) == 2:
                self.b.terminate(mir.Unreachable(self.loc))
                return
        else:
            for v in values:
                cond = self.b.temp(BOOL, "match")
                if k == "Atom":
                    self.b.emit(mir.ValueOp(self.loc, cond, "eq", ATOM, [occ, mir.Const(v[1], ATOM)]))
                else:
                    self.b.emit(mir.BinOp(self.loc, cond, "==", occ, mir.Const(v[1], occ.ty), occ.ty))
                hit, miss = self.b.block("case.lit"), self.b.block("case.next")
                self.b.terminate(mir.Branch(self.loc, cond, hit, miss))
                self.b.start(hit)
                self.compile(*self._expand(occs, rows, column, [], keep_value(v)))
                self.b.start(miss)
        self.compile(*self._expand(occs, rows, column, [], lambda p: [] if _is_wild(p) else None))

    @staticmethod
    def _literal(p: hir.Pattern) -> tuple | None:
        """A hashable key for a literal pattern (kind-tagged, so True and 1 differ)."""
        if isinstance(p, hir.PAtom):
            return ("atom", p.name)
        if isinstance(p, hir.PLit) and p.value is not None:
            return (type(p.value).__name__, p.value)
        return None


def is_irrefutable(p: hir.Pattern) -> bool:
    if isinstance(p, (hir.PWild, hir.PBind)):
        return True
    if isinstance(p, hir.PLit):
        return p.value is None
    if isinstance(p, hir.PTuple):
        return all(is_irrefutable(e) for e in p.elems)
    if isinstance(p, hir.PAs):
        return is_irrefutable(p.pattern)
    return False


def compile_match(lw: FunctionLowerer, scrutinee: mir.Operand, arms: list[tuple[hir.Pattern, hir.Expr | None]],
                  on_body: Callable[[int], bool], loc: mir.Loc | None) -> bool:
    """Lower a match of ``scrutinee``; ``on_body(i)`` lowers arm ``i``'s body (the builder is at
    its block) and says whether it reaches the code after the match."""
    return MatchCompiler(lw, loc, on_body).run(scrutinee, arms)


