"""Checking a whole program: modules in import order, then within each
module the collection pass, the functions in SCC order of the reference
graph (callees first), generalisation, and finalisation (spec 03 §4.2).
"""

from __future__ import annotations

import itertools

from mesh_syntax.diagnostics import Diagnostic, Label, Span

from .. import errors, hir
from ..finalize import Finalizer
from ..library import PRELUDE, STDLIB_MODULES
from ..scc import strongly_connected
from ..suggest import closest
from ..syntax_view import Node
from ..types import ERROR, TFun, TParam, Type, prune
from ..unify import Unifier
from .clauses import check_clauses, needs_case
from .env import FnInfo, ModuleEnv
from .function import Deferred, FnChecker
from .type_exprs import TypeLowering

KNOWN_INTERFACES = {"Eq", "Ord", "Display", "Debug", "Hash", "Default", "Add", "Sub", "Mul",
                    "Div", "Mod", "Neg", "From", "Into", "Iterable", "Iterator"}


class ParsedModule:
    def __init__(self, name: str, file: str, text: str, root) -> None:
        self.name, self.file, self.text = name, file, text
        self.root = Node(root)


class ProgramChecker:
    def __init__(self, modules: list[ParsedModule], entry: str = "Main") -> None:
        self.parsed = {m.name: m for m in modules}
        self.entry = entry
        self.unifier = Unifier()
        self.types = TypeLowering()
        self.diagnostics: list[Diagnostic] = []
        self.pending_refs: list[tuple[hir.FnRef, FnInfo]] = []
        self.user_modules: dict[str, ModuleEnv] = {}
        self.by_symbol: dict[str, FnInfo] = {}
        self.module_order: list[str] = []
        self.typed_exprs: dict[str, list[hir.Expr]] = {}
        self._ids = itertools.count(1)

    # ------------------------------------------------------------ services for checkers

    def next_id(self) -> int:
        return next(self._ids)

    def record_type(self, file: str, expr: hir.Expr) -> None:
        self.typed_exprs.setdefault(file, []).append(expr)

    def prelude_names(self) -> list[str]:
        return list(PRELUDE)

    def function_by_symbol(self, symbol: str) -> FnInfo | None:
        return self.by_symbol.get(symbol)

    def module_named(self, path: str) -> str | None:
        return path if path in self.user_modules else None

    def lookup_member(self, checker: FnChecker, module: str, member: str,
                      span: Span) -> FnInfo | None:
        env = self.user_modules[module]
        fn = env.functions.get(member)
        if fn is None:
            public = sorted(n for n, f in env.functions.items() if f.is_pub)
            checker.report(errors.unknown_member(checker.file, span, module, member,
                                                 closest(member, public), public))
            return None
        if not fn.is_pub and env.file != checker.file:
            checker.report(errors.private_item(checker.file, span, member, module,
                                               Label(fn.span, "defined here", fn.file)))
            return None
        return fn

    def string_pattern_text(self, syntax) -> str:
        return "".join(p for p in Node(syntax).parts() if isinstance(p, str))

    def report(self, d: Diagnostic) -> None:
        self.diagnostics.append(d)

    # ------------------------------------------------------------ the whole program

    def run(self) -> hir.Program | None:
        for m in self.parsed.values():
            self.user_modules[m.name] = ModuleEnv(m.name, m.file, m.text)
        for m in self.parsed.values():
            self.collect(m)
        self.module_order = self.order_modules()
        for name in self.module_order:
            self.resolve_imports(self.parsed[name])
        hir_modules = []
        for name in self.module_order:
            hir_modules.append(self.check_module(self.parsed[name]))
        self.check_entry()
        if any(d.is_error for d in self.diagnostics):
            return None
        return hir.Program(hir_modules, "main")

    # ------------------------------------------------------------ collection

    def collect(self, m: ParsedModule) -> None:
        env = self.user_modules[m.name]
        previous: str | None = None
        groups: dict[str, FnInfo] = {}
        for item in m.root.items():
            kind = item.kind
            if kind == "FN_DEF":
                name = item.name()
                if not name:
                    continue
                span = item.name_span() or item.span
                if name in groups:
                    first = groups[name]
                    if previous != name:
                        first.broken = True  # no exhaustiveness on a partial clause set
                        self.report(Diagnostic(
                            "E0023", f"`{name}/{len(item.params())}` is defined in two "
                            "separate places", m.file, Label(span, "defined again here"),
                            [Label(first.span, "first defined here")],
                            ["keep all clauses of a function together"]))
                    elif len(item.params()) != len(first.node.params()):
                        first.broken = True
                        self.report(Diagnostic(
                            "E0024", f"clauses of `{name}` take {len(first.node.params())} "
                            f"and {len(item.params())} parameters", m.file,
                            Label(span, f"expected {len(first.node.params())}, "
                                  f"found {len(item.params())}"),
                            [Label(first.span, "first clause here")]))
                    else:
                        first.clauses.append(item)
                    previous = name
                    continue
                symbol = name if m.name == self.entry else f"{m.name}.{name}"
                fn = FnInfo(name, symbol, m.name, m.file, item, span, item.is_pub())
                fn.clauses = [item]
                groups[name] = fn
                env.functions[name] = fn
                self.by_symbol[symbol] = fn
                previous = name
            elif kind in ("IMPORT_DECL", "FROM_IMPORT", "ERROR"):
                previous = None
            else:
                previous = None
                self.report(errors.unsupported(m.file, item.span, _describe_item(kind)))

    # ------------------------------------------------------------ modules

    def imports_of(self, m: ParsedModule) -> list[tuple[str, Span, Node]]:
        out = []
        for item in m.root.items():
            if item.kind in ("IMPORT_DECL", "FROM_IMPORT"):
                path = item.module_path()
                if path is not None:
                    out.append((path[0], path[1], item))
        return out

    def order_modules(self) -> list[str]:
        names = list(self.parsed)
        edges = {}
        for m in self.parsed.values():
            edges[m.name] = [p for p, _, _ in self.imports_of(m) if p in self.parsed]
        order = []
        for comp in strongly_connected(names, edges):
            if len(comp) > 1 or comp[0] in edges.get(comp[0], ()):
                first = self.parsed[comp[0]]
                span = next((s for p, s, _ in self.imports_of(first) if p in comp), Span(0, 0))
                self.report(errors.import_cycle(first.file, span, comp))
            order.extend(comp)
        # entry module last, as the HIR contract asks
        order.sort(key=lambda n: n == self.entry)
        return order

    def resolve_imports(self, m: ParsedModule) -> None:
        env = self.user_modules[m.name]
        seen_names: dict[str, Span] = {}
        for path, span, item in self.imports_of(m):
            if path not in self.parsed:
                if path in STDLIB_MODULES:
                    continue  # `import String` is allowed and has no effect
                self.report(errors.module_not_found(
                    m.file, span, path, closest(path, list(self.parsed) + list(STDLIB_MODULES))))
                continue
            target = self.user_modules[path]
            if item.kind == "IMPORT_DECL":
                env.qualifiers[path] = path
                env.qualifiers[path.rsplit(".", 1)[-1]] = path
                continue
            for name, name_span in item.import_names():
                fn = target.functions.get(name)
                if fn is None:
                    public = sorted(n for n, f in target.functions.items() if f.is_pub)
                    self.report(errors.no_such_import(m.file, name_span, name, path, public))
                    continue
                if not fn.is_pub:
                    self.report(errors.private_item(m.file, name_span, name, path,
                                                    Label(fn.span, "defined here", fn.file)))
                    continue
                if name in env.functions or name in seen_names:
                    first = seen_names.get(name) or env.functions[name].span
                    self.report(errors.ambiguous_import(m.file, name_span, name,
                                                        Label(first, "also defined here")))
                    continue
                seen_names[name] = name_span
                env.imported[name] = fn

    # ------------------------------------------------------------ functions

    def check_module(self, m: ParsedModule) -> hir.Module:
        env = self.user_modules[m.name]
        fns = list(env.functions.values())
        for fn in fns:
            self.declare_if_annotated(env, fn)
        edges = {fn.name: self.references(env, fn) for fn in fns}
        by_name = {fn.name: fn for fn in fns}
        for comp in strongly_connected([fn.name for fn in fns], edges):
            self.check_component(env, [by_name[n] for n in comp])
        return hir.Module(m.name, m.file, m.text, [fn.hir for fn in fns if fn.hir is not None])

    def references(self, env: ModuleEnv, fn: FnInfo) -> list[str]:
        """Module functions named in ``fn``'s body (locals may shadow some:
        an over-approximation only merges components)."""
        out = []
        stack = [c.syntax for c in fn.clauses]
        while stack:
            s = stack.pop()
            if s.kind.name == "NAME_REF":
                name = Node(s).name()
                if name in env.functions:
                    out.append(name)
            stack.extend(s.children())
        return out

    def generic_scope(self, env: ModuleEnv, fn: FnInfo, checker: FnChecker) -> dict[str, Type]:
        params: dict[str, Type] = {}
        bounds: dict[str, set[str]] = {}
        for name, iface, span in fn.node.where_bounds():
            if iface not in KNOWN_INTERFACES:
                checker.report(errors.unknown_interface(fn.file, span, iface))
            bounds.setdefault(name, set()).add(iface)
        first_seen: dict[str, Span] = {}
        for name, span in fn.node.generic_params():
            if name in params:
                checker.report(errors.duplicate(fn.file, span, "type parameter", name,
                                                Label(first_seen[name], "first declared here")))
                continue
            first_seen[name] = span
            params[name] = self.unifier.new_param(name, bounds.get(name))
        return params

    def declare_if_annotated(self, env: ModuleEnv, fn: FnInfo) -> None:
        """A fully annotated signature is known before any body is checked."""
        node = fn.node
        if node.ret_type() is None or any(p.type_ann() is None for p in node.params()):
            return
        self.build_signature(env, fn)
        fn.declared = True

    def build_signature(self, env: ModuleEnv, fn: FnInfo) -> None:
        checker = FnChecker(self, env, None)
        tparams = self.generic_scope(env, fn, checker)
        fn.type_params = list(tparams.values())
        fn.generic_names = tparams  # type: ignore[attr-defined]
        params = []
        fn.param_spans = []
        for p in fn.node.params():
            ann = p.type_ann()
            if ann is not None:
                params.append(self.types.lower(checker, ann, tparams))
            else:
                params.append(self.unifier.fresh())
            fn.param_spans.append(p.span)
        ret_node = fn.node.ret_type()
        if ret_node is not None:
            ret = self.types.lower(checker, ret_node, tparams)
            fn.ret_span = ret_node.span
        else:
            ret = self.unifier.fresh()
            fn.ret_span = None
        fn.ty = TFun(tuple(params), ret)

    def check_component(self, env: ModuleEnv, comp: list[FnInfo]) -> None:
        u = self.unifier
        u.enter()
        for fn in comp:
            if not fn.declared:
                self.build_signature(env, fn)
        checkers = [self.check_body(env, fn) for fn in comp]
        # a method call in one body may wait on a type another body fixes
        while any(c.resolve_deferred(final=False) for c in checkers):
            pass
        for c in checkers:
            c.resolve_deferred(final=True)
        u.leave()
        declared_names = set()
        for fn in comp:
            declared_names |= {p.name for p in fn.type_params}
        inferred = [fn for fn in comp if not fn.declared]
        if inferred:
            params = u.generalise([fn.ty for fn in inferred], declared_names)
            for fn in inferred:
                mine = _params_in(fn.ty, params)
                fn.type_params = fn.type_params + mine
        for ref, target in list(self.pending_refs):
            if target in comp:
                ref.type_args = list(target.type_params)
        self.pending_refs = [(r, t) for r, t in self.pending_refs if t not in comp]
        for fn, checker in zip(comp, checkers):
            fn.done = True
            if fn.hir is not None:
                fn.hir.type_params = list(fn.type_params)
                Finalizer(fn.file, checker.report, Deferred).fn(fn.hir)

    def check_body(self, env: ModuleEnv, fn: FnInfo) -> FnChecker:
        checker = FnChecker(self, env, fn)
        checker.type_params = getattr(fn, "generic_names", {})
        if needs_case(fn):
            params, body = check_clauses(checker, fn)
            fn.hir = hir.FnDef(fn.symbol, params, fn.ty.ret, body, [], fn.node.span, fn.file)
            return checker
        params = []
        for p, ty in zip(fn.node.params(), fn.ty.params):
            pat = p.pattern()
            if pat is None or pat.kind not in ("IDENT_PAT", "WILDCARD_PAT"):
                if pat is not None:
                    checker.unsupported(pat)
                name = "_"
            else:
                name = pat.name() or "_"
            binding = checker.new_binding(name, ty, p.span)
            if name != "_":
                if name in checker.scope.names:
                    checker.report(errors.duplicate_binding(fn.file, p.span, name,
                                                            checker.scope.names[name].span))
                checker.scope.names[name] = binding
            params.append(hir.Param(binding))
        body_node = fn.node.body()
        if body_node is None:
            body = hir.UnitLit(ERROR, fn.node.span)
        else:
            body = checker.infer(body_node)
            origin = checker.return_origin
            checker.unify_at(checker.tail_span(body), fn.ty.ret, body.ty, origin)
        # type_params are attached after generalisation
        fn.hir = hir.FnDef(fn.symbol, params, fn.ty.ret, body, [], fn.node.span, fn.file)
        return checker

    # ------------------------------------------------------------ entry point

    def check_entry(self) -> None:
        entry = self.parsed.get(self.entry)
        if entry is None:
            return
        main = self.user_modules[self.entry].functions.get("main")
        if main is None:
            self.report(errors.missing_main(entry.file, Span(0, 0)))
            return
        n = len(main.node.params())
        if n:
            plist = main.node.first("PARAM_LIST")
            self.report(errors.main_with_params(entry.file, plist.span if plist else main.span, n))


def _params_in(t: Type, params: list[TParam]) -> list[TParam]:
    """The params of ``params`` occurring in ``t``, in order of first appearance."""
    found: list[TParam] = []
    wanted = {p.id for p in params}
    stack = [t]
    while stack:
        x = prune(stack.pop())
        if isinstance(x, TParam) and x.id in wanted and x not in found:
            found.append(x)
        elif isinstance(x, TFun):
            stack.append(x.ret)
            stack.extend(reversed(x.params))
        elif hasattr(x, "args"):
            stack.extend(reversed(x.args))
        elif hasattr(x, "elems"):
            stack.extend(reversed(x.elems))
    return found


def _describe_item(kind: str) -> str:
    return {
        "LET_STMT": "a module constant", "STRUCT_DEF": "a struct definition",
        "SUM_TYPE_DEF": "a sum type definition", "TYPE_ALIAS": "a type alias",
        "INTERFACE_DEF": "an interface", "IMPL_DEF": "an impl block",
        "ACTOR_DEF": "an actor", "SERVICE_DEF": "a service",
        "SUPERVISOR_DEF": "a supervisor", "MODULE_DEF": "an inline module",
        "TEST_DEF": "a test block",
    }.get(kind, kind.lower().replace("_", " "))
