"""Resolving the bodies of struct, sum-type and alias definitions (spec 03
§5-§7, §10): field and variant types, alias expansion with cycle detection
(E0056), deriving clauses (E0028, E0029) and the built-in sum types."""

from __future__ import annotations

from mesh_syntax.diagnostics import Diagnostic, Label, Span
from mesh_syntax.syntax_kind import SyntaxKind as K

from .. import errors, hir
from ..declarations import (
    DEFAULT_STRUCT_DERIVES,
    DEFAULT_SUM_DERIVES,
    DERIVABLE,
    StructInfo,
    SumInfo,
    VariantInfo,
)
from ..types import (
    BOOL,
    ERROR,
    FLOAT,
    INT,
    STRING,
    TCon,
    TParam,
    Type,
    prune,
    resolve,
    substitute,
)


def builtin_sums(unifier) -> dict[str, SumInfo]:
    """Option, Result, Ordering and Json, declared as spec 03 §3.1 / 11 §13.1 show."""
    def make(name, params, variants, derives) -> SumInfo:
        info = SumInfo(name, name, "<prelude>", "<prelude>", None, Span(0, 0), True, params)
        for tag, (vname, fields) in enumerate(variants):
            info.variants.append(VariantInfo(vname, tag, fields, [None] * len(fields),
                                             Span(0, 0), info))
        info.derives = set(derives)
        return info
    t, e = unifier.new_param("T"), unifier.new_param("E")
    json = TCon("Json")
    all_ = {"Eq", "Ord", "Display", "Debug", "Hash"}
    return {
        "Option": make("Option", [t], [("None", []), ("Some", [t])], all_),
        "Result": make("Result", [t, e], [("Ok", [t]), ("Err", [e])], all_),
        "Ordering": make("Ordering", [], [("Less", []), ("Equal", []), ("Greater", [])], all_),
        "Json": make("Json", [], [
            ("JsonNull", []), ("JsonBool", [BOOL]), ("JsonInt", [INT]), ("JsonFloat", [FLOAT]),
            ("JsonString", [STRING]), ("JsonArray", [TCon("List", (json,))]),
            ("JsonObject", [TCon("Map", (STRING, json))])], {"Eq", "Display", "Debug"}),
    }


def generic_scope(program, checker, node) -> dict[str, Type]:
    """Declared type parameters of a definition (E0045 for duplicates)."""
    params: dict[str, Type] = {}
    for name, span in generic_params_with_spans(node):
        if name in params:
            checker.report(errors.duplicate(checker.file, span, "type parameter", name,
                                            Label(span, "first declared here")))
            continue
        params[name] = program.unifier.new_param(name)
    return params


def generic_params_with_spans(node) -> list[tuple[str, Span]]:
    # ast gives the names only; the spans are read from the GENERIC_PARAMS node
    for child in node.syntax.children():
        if child.kind is K.GENERIC_PARAMS:
            return [(t.text, t.span) for t in child.descendant_tokens() if t.kind is K.IDENT]
    return []


def deriving_with_spans(node) -> list[tuple[str, Span]] | None:
    for child in node.syntax.children():
        if child.kind is K.DERIVING:
            toks = [t for t in child.descendant_tokens() if t.kind is K.IDENT]
            return [(t.text, t.span) for t in toks[1:]]
    return None


def resolve_struct(program, info: StructInfo) -> None:
    checker = program.decl_checker(info.module)
    params = generic_scope(program, checker, info.node)
    info.params = [p for p in params.values() if isinstance(p, TParam)]
    for f in info.node.fields():
        name = f.name()
        if not name:
            continue
        span = f.name_token().span if f.name_token() else f.span
        if name in info.fields:
            checker.report(errors.duplicate(info.file, span, "field", name,
                                            Label(info.field_spans[name], "first defined here")))
            continue
        info.fields[name] = program.types.lower(checker, f.type(), params)
        info.field_spans[name] = span
    info.derives = resolve_derives(program, checker, info, DEFAULT_STRUCT_DERIVES, False)


def resolve_sum(program, info: SumInfo) -> None:
    checker = program.decl_checker(info.module)
    params = generic_scope(program, checker, info.node)
    info.params = [p for p in params.values() if isinstance(p, TParam)]
    seen: dict[str, Span] = {}
    for v in info.node.variants():
        name = v.name()
        if not name:
            continue
        span = v.name_token().span if v.name_token() else v.span
        if name in seen:
            checker.report(errors.duplicate(info.file, span, "variant", name,
                                            Label(seen[name], "first defined here")))
            continue
        seen[name] = span
        fields = [program.types.lower(checker, f.type(), params) for f in v.fields()]
        names = [f.name() for f in v.fields()]
        info.variants.append(VariantInfo(name, len(info.variants), fields, names, span, info))
    info.derives = resolve_derives(program, checker, info, DEFAULT_SUM_DERIVES, True)


def resolve_derives(program, checker, info, defaults: set[str], is_sum: bool) -> set[str]:
    listed = deriving_with_spans(info.node)
    if listed is None:
        info.derives_implicit = True
        return set(defaults)
    out: set[str] = set()
    kind = "sum type" if is_sum else "struct"
    for name, span in listed:
        if name not in DERIVABLE or (is_sum and name in ("Row", "Schema")):
            allowed = [d for d in DERIVABLE if not (is_sum and d in ("Row", "Schema"))]
            checker.report(Diagnostic(
                "E0028", f"cannot derive `{name}` for {kind} `{info.name}`", info.file,
                Label(span, "not derivable"), [],
                ["derivable interfaces: " + ", ".join(f"`{d}`" for d in allowed)]))
            continue
        out.add(name)
    if "Ord" in out and "Eq" not in out:
        span = next(s for n, s in listed if n == "Ord")
        checker.report(Diagnostic(
            "E0029", f"deriving `Ord` for `{info.name}` requires `Eq`", info.file,
            Label(span, "`Ord` needs `Eq`"), [], ["add `Eq` to the deriving list"]))
    return out


def limit_implicit_derives(program, info) -> bool:
    """A type without a deriving clause gets the default interfaces only where
    every field supports them (Decision: a struct holding a closure is an
    ordinary struct without `==`, not an error).  Returns whether the set
    shrank, so callers iterate to a fixpoint over types that contain each
    other."""
    fields = _field_types(info)
    before = set(info.derives)
    for iface in sorted(before):
        if any(program.unifier.implements(t, iface) is False for _, t, _ in fields):
            info.derives.discard(iface)
    if "Eq" not in info.derives:
        info.derives.discard("Ord")
    return info.derives != before


def _field_types(info) -> list:
    if isinstance(info, StructInfo):
        fields = [(n, t, info.field_spans[n]) for n, t in info.fields.items()]
    else:
        fields = [(v.field_names[i] or f"{v.name}.{i}", t, v.span)
                  for v in info.variants for i, t in enumerate(v.fields)]
    # fields mentioning the type's own parameters are checked at each
    # instantiation: here the parameters stand for "anything suitable"
    anything = {p.id: ERROR for p in info.params}
    return [(n, substitute(t, anything), s) for n, t, s in fields]


def check_derive_fields(program, info) -> None:
    """E0006 for a field whose type lacks a derived interface (spec 03 §10)."""
    checker = program.decl_checker(info.module)
    fields = _field_types(info)
    if "Json" in info.derives:
        for name, t, span in fields:
            if not _json_serialisable(program, t):
                checker.report(errors.json_field(info.file, span, info.name, name, t))
    if "Row" in info.derives:
        for name, t, span in fields:
            if not _row_convertible(t):
                checker.report(errors.row_field(info.file, span, info.name, name, t))
    for iface in sorted(info.derives & {"Eq", "Ord", "Hash", "Debug", "Display"}):
        for name, t, span in fields:
            need = "Debug" if iface == "Display" else iface
            if program.unifier.implements(t, need) is False and \
                    program.unifier.implements(t, iface) is False:
                checker.report(errors.derive_field(info.file, span, info.name, name, t, iface))
                break


def _row_convertible(t) -> bool:
    """Spec 13 §5: `deriving(Row)` fields are `String`, `Int`, `Float`, `Bool`
    or an `Option` of one of those."""
    t = prune(t)
    if t == ERROR:
        return True
    if isinstance(t, TCon) and t.name == "Option":
        t = prune(t.args[0])
        if t == ERROR:
            return True
    return isinstance(t, TCon) and not t.args and t.name in ("String", "Int", "Float", "Bool")


def _json_serialisable(program, t) -> bool:
    """Spec 11 §13.3: the field types `deriving(Json)` can encode."""
    t = prune(t)
    if t == ERROR or isinstance(t, TParam):
        return True  # type parameters are checked at instantiation
    if not isinstance(t, TCon):
        return False
    if t.name in ("Int", "Float", "Bool", "String", "Json"):
        return True
    if t.name in ("Option", "List"):
        return _json_serialisable(program, t.args[0])
    if t.name == "Map":
        return prune(t.args[0]) == STRING and _json_serialisable(program, t.args[1])
    info = program.structs.get(t.name) or program.sums.get(t.name)
    return info is not None and "Json" in info.derives and \
        all(_json_serialisable(program, a) for a in t.args)


def struct_hir(info: StructInfo) -> hir.StructDef:
    return hir.StructDef(info.symbol, info.name, list(info.params),
                         [(n, resolve(t)) for n, t in info.fields.items()],
                         set(info.derives), info.node.span, info.file)


def sum_hir(info: SumInfo) -> hir.SumDef:
    return hir.SumDef(info.symbol, info.name, list(info.params),
                      [hir.Variant(v.name, v.tag, [resolve(t) for t in v.fields])
                       for v in info.variants], set(info.derives), info.node.span, info.file)


def expand_alias(program, info) -> None:
    if info.state == "done":
        return
    if info.state == "expanding":
        program.report(Diagnostic(
            "E0056", f"type alias `{info.name}` is recursive", info.file,
            Label(info.span, "this alias refers to itself"), [],
            ["an alias is only an abbreviation; use a struct or sum type for recursive data"]))
        info.state = "done"
        info.target = None
        return
    info.state = "expanding"
    checker = program.decl_checker(info.module)
    params = generic_scope(program, checker, info.node)
    info.params = [p for p in params.values() if isinstance(p, TParam)]
    target = program.types.lower(checker, info.node.type(), params)
    if info.state == "expanding":
        info.target = target
    info.state = "done"
