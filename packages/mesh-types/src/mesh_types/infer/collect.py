"""The collection pass of one module (spec 03 §4.2 step 1): every item's
name is entered before anything is checked, so top-level items are
mutually visible regardless of order.  Bodies are resolved later
(:mod:`.typedefs`, :mod:`.impls`, the function checker).

Inline modules (`module M do ... end`, spec 02 §1.3) get a ModuleEnv of
their own whose tables fall back on the enclosing module's (see
:func:`.env.nested_env`); their symbols are prefixed with the module path.
"""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Diagnostic, Label, Severity

from .. import errors
from ..declarations import AliasInfo, InterfaceInfo, StructInfo, SumInfo
from .env import ConstInfo, FnInfo, nested_env
from .services import collect_service
from .supervisors import collect_supervisor


def name_span(item):
    tok = item.name_token() if hasattr(item, "name_token") else None
    return tok.span if tok is not None else item.span


def collect_module(program, m) -> None:
    env = program.user_modules[m.name]
    prefix = "" if m.name == program.entry else m.name + "."
    collect_items(program, env, m, m.root.items(), prefix)


def collect_items(program, env, m, items, prefix: str) -> None:
    """Enter every item of a file (or of an inline module of it) into ``env``."""
    previous: str | None = None
    groups: dict[str, FnInfo] = {}
    type_names: dict[str, object] = {}
    for item in items:
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
                info = StructInfo(name, prefix + name, env.name, m.file, item, span,
                                  item.is_pub())
                program.structs[info.symbol] = info
            elif isinstance(item, ast.SumTypeDef):
                info = SumInfo(name, prefix + name, env.name, m.file, item, span, item.is_pub())
                program.sums[info.symbol] = info
            else:
                info = AliasInfo(name, env.name, m.file, item, span, item.is_pub())
            type_names[name] = info
            env.types[name] = info
        elif isinstance(item, ast.InterfaceDef):
            if not name:
                continue
            span = name_span(item)
            first = env.interfaces.get(name)
            if first is not None and first.module == env.name:
                program.report(errors.duplicate(m.file, span, "interface", name,
                                                Label(first.span, "first defined here")))
                continue
            symbol = env.name + "." + name if env.name != "<prelude>" else name
            info = InterfaceInfo(name, symbol, env.name, m.file, item, span, item.is_pub(),
                                 program.unifier.new_param("Self"))
            env.interfaces[name] = info
            program.interfaces[info.symbol] = info
        elif isinstance(item, ast.ImplDef):
            env.impls.append(item)
        elif isinstance(item, (ast.ImportDecl, ast.FromImport)):
            if env.name != m.name:
                program.report(Diagnostic(
                    "P0001", "Parse error: `import`/`from` is not allowed inside an inline "
                    "module", m.file, Label(item.span, "move this import to the top of the file")))
        elif isinstance(item, ast.TestDef):
            env.tests.append(item)
        elif isinstance(item, ast.ActorDef):
            _collect_actor(program, env, m, item, prefix)
        elif isinstance(item, ast.ServiceDef):
            if name and not _clash(program, env, m, name, name_span(item)):
                collect_service(program, env, m, item, prefix, _collect_fn)
        elif isinstance(item, ast.SupervisorDef):
            if name and not _clash(program, env, m, name, name_span(item)):
                collect_supervisor(program, env, m, item, prefix)
        elif isinstance(item, ast.ModuleDef):
            _collect_inline_module(program, env, m, item, prefix)


def _clash(program, env, m, name: str, span) -> bool:
    """E0045 when ``name`` is already an actor, service or supervisor of
    this module (they share the value/qualifier namespaces)."""
    for table in (env.actors, env.services, env.supervisors):
        first = table.get(name)
        if first is not None and first.module == env.name:
            program.report(errors.duplicate(m.file, span, "definition", name,
                                            Label(first.span, "first defined here")))
            return True
    return False


def _collect_actor(program, env, m, item, prefix) -> None:
    name = item.name()
    if not name:
        return
    span = name_span(item)
    if _clash(program, env, m, name, span):
        return
    fn = FnInfo(name, prefix + name, env.name, m.file, item, span, item.is_pub(), kind="actor")
    fn.clauses = [item]
    env.actors[name] = fn


def _collect_inline_module(program, env, m, item, prefix) -> None:
    """`module Name do ... end`: a module of its own whose lookups fall back
    on the enclosing one (spec 02 §1.3, 03 §1); privacy is per file."""
    name = item.name()
    if not name:
        return
    inner = nested_env(env, env.name + "." + name)
    program.user_modules[inner.name] = inner
    program.inline_parent[inner.name] = env.name
    program.inline_spans[inner.name] = (name_span(item), item.is_pub())
    env.qualifiers[name] = inner.name
    env.inline_modules[name] = inner.name
    collect_items(program, inner, m, item.items(), prefix + name + ".")


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
            _ignored_on_later_clause(program, m, item, name)
        return name
    fn = FnInfo(name, prefix + name, env.name, m.file, item, span, item.is_pub())
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
    if name in env.consts and env.consts[name].module == env.name:
        program.report(errors.duplicate(m.file, span, "constant", name,
                                        Label(env.consts[name].span, "first defined here")))
        return
    env.consts[name] = ConstInfo(name, prefix + name, env.name, m.file, item, span,
                                 len(env.consts), item.is_pub())


def _ignored_on_later_clause(program, m, item, name: str) -> None:
    """W0002: only the first clause's signature decorations count."""
    ignored = []
    if item.is_pub():
        ignored.append("`pub`")
    if item.generic_params():
        ignored.append("generic parameters")
    if item.ret_type() is not None:
        ignored.append("the return type")
    if item.where_bounds():
        ignored.append("the `where` clause")
    if ignored:
        program.report(Diagnostic(
            "W0002", f"{' and '.join(ignored)} on a later clause of `{name}` "
            f"{'is' if len(ignored) == 1 else 'are'} ignored", m.file,
            Label(name_span(item), "not the first clause"), [],
            ["the first clause governs the signature; move these to it or remove them"],
            severity=Severity.WARNING))
