"""The collection pass of one module (spec 03 §4.2 step 1): every item's
name is entered before anything is checked, so top-level items are
mutually visible regardless of order.  Bodies are resolved later
(:mod:`.typedefs`, :mod:`.impls`, the function checker)."""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Diagnostic, Label

from .. import errors
from ..declarations import AliasInfo, InterfaceInfo, StructInfo, SumInfo
from .env import ConstInfo, FnInfo

_UNSUPPORTED = {
    ast.ActorDef: "an actor", ast.ServiceDef: "a service",
    ast.SupervisorDef: "a supervisor", ast.ModuleDef: "an inline module",
}


def name_span(item):
    tok = item.name_token() if hasattr(item, "name_token") else None
    return tok.span if tok is not None else item.span


def collect_module(program, m) -> None:
    env = program.user_modules[m.name]
    previous: str | None = None
    groups: dict[str, FnInfo] = {}
    type_names: dict[str, object] = {}
    prefix = "" if m.name == program.entry else m.name + "."
    for item in m.root.items():
        if isinstance(item, ast.FnDef):
            previous = _collect_fn(program, env, m, item, groups, previous, prefix)
            continue
        previous = None
        name = item.name() if hasattr(item, "name") else None
        if isinstance(item, ast.LetStmt):
            _collect_const(program, env, m, item, prefix)
        elif isinstance(item, (ast.StructDef, ast.SumTypeDef, ast.TypeAlias)):
            if not name:
                continue
            span = name_span(item)
            if name in type_names:
                program.report(errors.duplicate(m.file, span, "type", name,
                                                Label(type_names[name].span,
                                                      "first defined here")))
                continue
            if isinstance(item, ast.StructDef):
                info = StructInfo(name, prefix + name, m.name, m.file, item, span, item.is_pub())
                program.structs[info.symbol] = info
            elif isinstance(item, ast.SumTypeDef):
                info = SumInfo(name, prefix + name, m.name, m.file, item, span, item.is_pub())
                program.sums[info.symbol] = info
            else:
                info = AliasInfo(name, m.name, m.file, item, span, item.is_pub())
            type_names[name] = info
            env.types[name] = info
        elif isinstance(item, ast.InterfaceDef):
            if not name:
                continue
            span = name_span(item)
            if name in env.interfaces:
                program.report(errors.duplicate(m.file, span, "interface", name,
                                                Label(env.interfaces[name].span,
                                                      "first defined here")))
                continue
            info = InterfaceInfo(name, m.name + "." + name if m.name != "<prelude>" else name,
                                 m.name, m.file, item, span, item.is_pub(),
                                 program.unifier.new_param("Self"))
            env.interfaces[name] = info
            program.interfaces[info.symbol] = info
        elif isinstance(item, ast.ImplDef):
            env.impls.append(item)
        elif isinstance(item, (ast.ImportDecl, ast.FromImport, ast.TestDef)):
            continue
        elif type(item) in _UNSUPPORTED:
            program.report(errors.unsupported(m.file, item.span, _UNSUPPORTED[type(item)]))


def _collect_fn(program, env, m, item, groups, previous, prefix) -> str | None:
    name = item.name()
    if not name:
        return None
    span = name_span(item)
    if name in groups:
        first = groups[name]
        n, n0 = len(item.params()), len(first.node.params())
        if previous != name:
            first.broken = True  # no exhaustiveness on a partial clause set
            program.report(Diagnostic(
                "E0023", f"`{name}/{n}` is defined in two separate places", m.file,
                Label(span, "defined again here"), [Label(first.span, "first defined here")],
                ["keep all clauses of a function together"]))
        elif n != n0:
            first.broken = True
            program.report(Diagnostic(
                "E0024", f"clauses of `{name}` take {n0} and {n} parameters", m.file,
                Label(span, f"expected {n0}, found {n}"), [Label(first.span, "first clause here")]))
        else:
            first.clauses.append(item)
        return name
    fn = FnInfo(name, prefix + name, m.name, m.file, item, span, item.is_pub())
    fn.clauses = [item]
    groups[name] = fn
    env.functions[name] = fn
    program.by_symbol[fn.symbol] = fn
    return name


def _collect_const(program, env, m, item, prefix) -> None:
    pat = item.pattern()
    name = pat.name() if isinstance(pat, ast.IdentPat) else None
    if name is None:
        program.report(errors.refutable_let(m.file, pat.span if pat else item.span,
                                            "a module constant binds one name"))
        return
    span = pat.span
    if name in env.consts:
        program.report(errors.duplicate(m.file, span, "constant", name,
                                        Label(env.consts[name].span, "first defined here")))
        return
    env.consts[name] = ConstInfo(name, prefix + name, m.name, m.file, item, span,
                                 len(env.consts), item.is_pub())
