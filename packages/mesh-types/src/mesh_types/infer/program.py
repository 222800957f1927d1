"""Checking a whole program: modules in import order; within each module the
collection pass, type definitions, interfaces and impls, then constants,
functions and impl methods in SCC order of the reference graph (callees
first), generalisation and finalisation (spec 03 §4.2).
"""

from __future__ import annotations

import itertools

from mesh_syntax import ast, parse
from mesh_syntax.diagnostics import Diagnostic, Label, Span

from .. import errors, hir
from ..declarations import AliasInfo, StructInfo, SumInfo
from ..finalize import Finalizer
from ..library import PRELUDE, STDLIB_MODULES, lib_members
from ..prelude_interfaces import SOURCE as PRELUDE_SOURCE
from ..scc import strongly_connected
from ..suggest import closest
from ..types import ERROR, TFun, TParam, Type, prune
from ..unify import Unifier
from . import impls, typedefs
from .clauses import check_clauses, needs_case
from .collect import collect_module
from .env import ConstInfo, FnInfo, ModuleEnv
from .actors import (
    build_actor_signature,
    check_actor_body,
    check_message_types,
    finalize_actor,
    pin_partial_message,
)
from ..cache import module_key
from .env import own
from .module_cache import impls_fingerprint, module_entry, restore_module
from .function import Deferred, FnChecker
from .processes import ProcessContext
from .projections import record_projections
from .services import ServiceInfo, check_service
from .supervisors import SupervisorInfo, check_supervisor
from .type_exprs import TypeLowering

PRELUDE_MODULE = "<prelude>"


class ParsedModule:
    def __init__(self, name: str, file: str, text: str, root) -> None:
        self.name, self.file, self.text = name, file, text
        self.root = ast.SourceFile.cast(root)


class ProgramChecker:
    def __init__(self, modules: list[ParsedModule], entry: str = "Main", cache=None) -> None:
        self.parsed = {m.name: m for m in modules}
        self.entry = entry
        self.cache = cache                  # a mesh_types.cache.CheckCache, or None
        self.interface_hashes: dict[str, str] = {}
        self.module_deps: dict[str, list[str]] = {}
        self.unifier = Unifier()
        self.unifier.user_impls = lambda t, iface: impls.user_requirement(self, t, iface)
        self.types = TypeLowering()
        self.diagnostics: list[Diagnostic] = []
        self.pending_refs: list[tuple[hir.FnRef, FnInfo]] = []
        self.user_modules: dict[str, ModuleEnv] = {}
        self.by_symbol: dict[str, FnInfo] = {}
        self.module_order: list[str] = []
        self.typed_exprs: dict[str, list[hir.Expr]] = {}
        self.structs: dict[str, StructInfo] = {}
        self.sums: dict[str, SumInfo] = typedefs.builtin_sums(self.unifier)
        self.interfaces: dict[str, object] = {}
        self.impls: list = []
        self.impl_index: dict[tuple[str, str | None], list] = {}
        self.impl_symbols: set[str] = set()
        self._decl_checkers: dict[str, FnChecker] = {}
        self._ids = itertools.count(1)
        self.prelude_env = ModuleEnv(PRELUDE_MODULE, PRELUDE_MODULE, PRELUDE_SOURCE)
        # concurrency: where a message type comes from (TVar id -> label, for
        # E0014), the process contexts of actors and `main` (E0103)
        self.msg_origins: dict[int, Label] = {}
        self.process_contexts: list[ProcessContext] = []
        # inline module name -> enclosing module name
        self.inline_parent: dict[str, str] = {}
        self.inline_spans: dict[str, tuple[Span, bool]] = {}   # name span, is `pub`
        # finalisation waits for the end of the module (spec 10 §3.2: shared
        # message-type variables may be fixed by any later definition)
        self.finalize_jobs: list = []
        for s in ("Option", "Result", "Ordering", "Json"):
            for v in self.sums[s].variants:
                self.prelude_env.ctors[v.name] = [v]

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

    def resolve_qualifier(self, env: ModuleEnv, path: str) -> str | None:
        """The module a qualifier names in ``env``: an import alias, a module
        path, or an inline module reached through its enclosing ones
        (`Units.Deep`)."""
        found = env.qualifiers.get(path) or self.module_named(path)
        if found is not None or "." not in path:
            return found
        head, last = path.rsplit(".", 1)
        outer = self.resolve_qualifier(env, head)
        if outer is None or outer not in self.user_modules:
            return None
        return own(self.user_modules[outer], "inline_modules").get(last)

    def display_module(self, name: str) -> str:
        """Module names as users write them: inline modules of the entry
        file without the entry's name."""
        prefix = self.entry + "."
        return name[len(prefix):] if name.startswith(prefix) else name

    def decl_checker(self, module: str) -> FnChecker:
        """A checker for reporting in declarations (no function around)."""
        c = self._decl_checkers.get(module)
        if c is None:
            env = self.user_modules.get(module) or self.prelude_env
            c = self._decl_checkers[module] = FnChecker(self, env, None)
        return c

    def lookup_type(self, env: ModuleEnv, name: str):
        info = env.types.get(name)
        if info is not None:
            return info
        if "." in name:
            head, member = name.rsplit(".", 1)
            module = self.resolve_qualifier(env, head)
            if module is not None:
                return self.user_modules[module].types.get(member)
        return None

    def expand_alias(self, info: AliasInfo) -> None:
        typedefs.expand_alias(self, info)

    def lookup_ctor(self, env: ModuleEnv, name: str) -> list:
        found = env.ctors.get(name)
        if found:
            return found
        return self.prelude_env.ctors.get(name, [])

    def lookup_member(self, checker: FnChecker, module: str, member: str,
                      span: Span) -> FnInfo | None:
        env = self.user_modules[module]
        fn = own(env, "functions").get(member)
        if fn is None:
            public = sorted(n for n, f in own(env, "functions").items() if f.is_pub)
            checker.report(errors.unknown_member(checker.file, span, self.display_module(module),
                                                 member, closest(member, public), public))
            return None
        if not fn.is_pub and env.file != checker.file:
            checker.report(errors.private_item(checker.file, span, member, module,
                                               Label(fn.span, "defined here", fn.file)))
            return None
        if env.file != checker.file:
            # members of an inline module leave their file only through `pub module`s
            outer = module
            while outer in self.inline_parent:
                name_span, is_pub = self.inline_spans[outer]
                if not is_pub:
                    shown = self.display_module(outer)
                    checker.report(errors.private_item(checker.file, span, shown.rsplit(".", 1)[-1],
                                                       self.display_module(self.inline_parent[outer]),
                                                       Label(name_span, "defined here", env.file),
                                                       keyword="module"))
                    return None
                outer = self.inline_parent[outer]
        return fn

    def report(self, d: Diagnostic) -> None:
        self.diagnostics.append(d)

    def envs_of(self, module: str) -> list[ModuleEnv]:
        """A file module's env followed by those of its inline modules."""
        out = [self.user_modules[module]]
        for env in out:
            out.extend(self.user_modules[n] for n in own(env, "inline_modules").values())
        return out

    def finalize_later(self, checker, job) -> None:
        self.finalize_jobs.append(job)
        if checker is not None:
            self.finalize_jobs.append(checker.report_unused)

    # ------------------------------------------------------------ the whole program

    def run(self) -> hir.Program | None:
        self.load_prelude()
        for m in self.parsed.values():
            self.user_modules[m.name] = ModuleEnv(m.name, m.file, m.text)
            self.user_modules[m.name].is_test = m.file.endswith(".test.mpl")
        for m in self.parsed.values():
            collect_module(self, m)
        self.module_order = self.order_modules()
        for name in self.module_order:
            self.resolve_imports(self.parsed[name])
        for name in self.module_order:
            for env in self.envs_of(name):
                self.declare_types(env)
        for name in self.module_order:
            for env in self.envs_of(name):
                self.declare_impls(env)
        # impls are global (spec 03 §8.2): any of them may change how any
        # module checks, so every cache key covers all impl headers
        self.impls_hash = impls_fingerprint(self)
        hir_modules = []
        for name in self.module_order:
            hir_modules.append(self.check_or_reuse(name))
        self.check_entry()
        if any(d.is_error for d in self.diagnostics):
            return None
        return hir.Program(hir_modules, "main")

    def load_prelude(self) -> None:
        root = parse(PRELUDE_SOURCE).root
        fake = ParsedModule(PRELUDE_MODULE, PRELUDE_MODULE, PRELUDE_SOURCE, root)
        self.user_modules[PRELUDE_MODULE] = self.prelude_env
        collect_module(self, fake)
        del self.user_modules[PRELUDE_MODULE]
        for info in self.prelude_env.interfaces.values():
            impls.resolve_interface(self, info)

    # ------------------------------------------------------------ declarations

    def declare_types(self, env: ModuleEnv) -> None:
        for info in list(env.types.values()):
            if info.module != env.name:
                continue
            if isinstance(info, StructInfo):
                typedefs.resolve_struct(self, info)
            elif isinstance(info, SumInfo):
                typedefs.resolve_sum(self, info)
                for v in info.variants:
                    env.ctors.setdefault(v.name, []).append(v)
            else:
                self.expand_alias(info)
        for info in env.interfaces.values():
            if info.module == env.name:
                impls.resolve_interface(self, info)
        # constructors of imported sum types are in scope unqualified too
        for info in env.types.values():
            if isinstance(info, SumInfo) and info.module != env.name:
                for v in info.variants:
                    if v not in env.ctors.setdefault(v.name, []):
                        env.ctors[v.name].append(v)
        for name, variants in own(env, "ctors").items():
            if name in env.consts:
                c = env.consts[name]
                self.report(Diagnostic(
                    "E0052", f"ambiguous name `{name}`: a constant and a constructor",
                    env.file, Label(c.span, "constant defined here"),
                    [Label(variants[0].span, "constructor defined here", variants[0].sum.file)],
                    ["rename the constant, or qualify the constructor"]))

    def declare_impls(self, env: ModuleEnv) -> None:
        for index, node in enumerate(env.impls):
            impl = impls.resolve_impl(self, env, node)
            if impl is None:
                continue
            if impl.ok:
                self.impls.append(impl)
                head = impl.head_name()
                self.impl_index.setdefault((impl.interface.symbol, head), []).append(impl)
            if impl.interface is not None and impl.ok:
                impls.declare_impl_methods(self, env, impl, index)
        own = [info for info in env.types.values()
               if isinstance(info, (StructInfo, SumInfo)) and info.module == env.name]
        implicit = [info for info in own if info.derives_implicit]
        while any([typedefs.limit_implicit_derives(self, info) for info in implicit]):
            pass  # a type's defaults may shrink because a field's type's did
        for info in own:
            if not info.derives_implicit:
                typedefs.check_derive_fields(self, info)

    # ------------------------------------------------------------ modules

    def imports_of(self, m: ParsedModule) -> list[tuple[str, Span, object]]:
        out = []
        for item in m.root.items():
            if isinstance(item, (ast.ImportDecl, ast.FromImport)):
                path = item.path()
                if path:
                    out.append((".".join(path), _path_span(item), item))
        return out

    def order_modules(self) -> list[str]:
        names = list(self.parsed)
        edges = {}
        for m in self.parsed.values():
            edges[m.name] = [p for p, _, _ in self.imports_of(m) if p in self.parsed]
        self.module_deps = edges
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
                    # `import String` has no effect; `from String import f` names members
                    if isinstance(item, ast.FromImport):
                        for name, tok in zip(item.names(), item.name_tokens()):
                            self.import_lib_name(env, path, name, tok.span, seen_names)
                    continue
                self.report(errors.module_not_found(
                    m.file, span, path, closest(path, list(self.parsed) + list(STDLIB_MODULES))))
                continue
            target = self.user_modules[path]
            if isinstance(item, ast.ImportDecl):
                env.qualifiers[path] = path
                env.qualifiers[path.rsplit(".", 1)[-1]] = path
                continue
            for name, tok in zip(item.names(), item.name_tokens()):
                self.import_name(env, target, name, tok.span, seen_names)

    def import_lib_name(self, env: ModuleEnv, module: str, name: str, span: Span,
                        seen_names: dict[str, Span]) -> None:
        """`from String import length` (spec 11 §1): the bare name then means
        `String.length`.  Members of library modules the checker has no table
        for (`Http`, ...) are accepted unchecked, like `import Http`."""
        members = lib_members(module)
        if members is not None and name not in members:
            self.report(errors.no_such_import(env.file, span, name, module, sorted(members)))
            env.failed_imports.add(name)
            return
        if name in seen_names or name in env.functions:
            first = seen_names.get(name) or env.functions[name].span
            self.report(errors.ambiguous_import(env.file, span, name,
                                                Label(first, "also defined here")))
            return
        seen_names[name] = span
        env.lib_imports[name] = module

    def import_name(self, env: ModuleEnv, target: ModuleEnv, name: str, span: Span,
                    seen_names: dict[str, Span]) -> None:
        file = env.file
        item = (target.functions.get(name) or target.consts.get(name)
                or target.types.get(name) or target.interfaces.get(name)
                or target.actors.get(name) or target.services.get(name)
                or target.supervisors.get(name))
        if item is None:
            public = sorted(n for n, f in list(target.functions.items()) +
                            list(target.types.items()) if f.is_pub)
            self.report(errors.no_such_import(file, span, name, target.name, public))
            env.failed_imports.add(name)
            return
        if not item.is_pub:
            self.report(errors.private_item(file, span, name, target.name,
                                            Label(item.span, "defined here", item.file)))
            env.failed_imports.add(name)
            return
        if name in seen_names or name in env.functions or name in env.types:
            first = seen_names.get(name) or getattr(
                env.functions.get(name) or env.types.get(name), "span", span)
            self.report(errors.ambiguous_import(file, span, name, Label(first, "also defined here")))
            return
        seen_names[name] = span
        if isinstance(item, FnInfo) and item.kind == "actor":
            env.actors[name] = item
        elif isinstance(item, ServiceInfo):
            env.services[name] = item
        elif isinstance(item, SupervisorInfo):
            env.supervisors[name] = item
        elif isinstance(item, FnInfo):
            env.imported[name] = item
        elif isinstance(item, ConstInfo):
            env.imported_consts[name] = item
        elif name in target.interfaces and target.interfaces[name] is item:
            env.interfaces[name] = item
        else:
            env.types[name] = item

    # ------------------------------------------------------------ functions

    def check_or_reuse(self, name: str) -> hir.Module:
        """Check a module, or take its results from the cache when its text and
        the interfaces of everything it depends on are unchanged."""
        m = self.parsed[name]
        deps = sorted(self.transitive_deps(name))
        key = module_key(name, m.file, m.text, self.entry,
                         [f"{d}={self.interface_hashes.get(d, '?')}" for d in deps] +
                         [self.impls_hash])
        entry = self.cache.get(key, self.next_id, self.unifier.new_param) \
            if self.cache is not None else None
        if entry is not None:
            module = restore_module(self, m, entry)
        else:
            before = len(self.diagnostics)
            module = self.check_module(m)
            entry = module_entry(self, name, module, self.diagnostics[before:])
            if self.cache is not None and not any(d.is_error for d in self.diagnostics):
                self.cache.put(key, entry)
        self.interface_hashes[name] = entry.interface_hash
        return module

    def transitive_deps(self, name: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.module_deps.get(name, ()))
        while stack:
            d = stack.pop()
            if d not in seen:
                seen.add(d)
                stack.extend(self.module_deps.get(d, ()))
        return seen

    def check_module(self, m: ParsedModule) -> hir.Module:
        """Every definition of a file and of its inline modules, in SCC order
        of their references (callees first), then finalisation."""
        envs = self.envs_of(m.name)
        names = {e.name for e in envs}
        def defined(table: str) -> list:
            return [x for e in envs for x in own(e, table).values() if x.module == e.name]
        fns = defined("functions")
        actors = defined("actors")
        services = defined("services")
        sups = defined("supervisors")
        helpers = [f for svc in services for f in svc.helpers.values()]
        methods = [fn for impl in self.impls if impl.module in names
                   for fn in impl.methods.values()]
        consts = defined("consts")
        for fn in fns:
            self.declare_if_annotated(self.user_modules[fn.module], fn)
        nodes: dict[str, object] = {}
        for fn in fns + methods + actors:
            nodes[fn.symbol] = fn
        for c in consts:
            nodes["const " + c.symbol] = c
        for svc in services:
            nodes["service " + svc.symbol] = svc
        for sup in sups:
            nodes["supervisor " + sup.symbol] = sup
        env_of = {}
        for key, item in nodes.items():
            module = getattr(item, "module", m.name)
            env_of[key] = self.user_modules.get(module, self.user_modules[m.name])
        edges = {key: self.references(env_of[key], item) for key, item in nodes.items()}
        for comp in strongly_connected(list(nodes), edges):
            items = [nodes[k] for k in comp]
            for c in items:
                if isinstance(c, ConstInfo):
                    self.check_const(env_of["const " + c.symbol], c)
            fn_items = [f for f in items if isinstance(f, FnInfo)]
            if fn_items:
                self.check_component(env_of[fn_items[0].symbol], fn_items)
            for item in items:
                if isinstance(item, ServiceInfo):
                    check_service(self, env_of["service " + item.symbol], item)
                elif isinstance(item, SupervisorInfo):
                    check_supervisor(self, env_of["supervisor " + item.symbol], item)
        tests = [self.check_test(e, t) for e in envs for t in e.tests]
        # message types are judged once the whole module is known, then
        # every definition's types are resolved
        check_message_types(self, [p for p in self.process_contexts if p.file == m.file])
        jobs, self.finalize_jobs = self.finalize_jobs, []
        for job in jobs:
            job()
        structs = [typedefs.struct_hir(i) for e in envs for i in e.types.values()
                   if isinstance(i, StructInfo) and i.module == e.name]
        sums = [typedefs.sum_hir(i) for e in envs for i in e.types.values()
                if isinstance(i, SumInfo) and i.module == e.name]
        impl_defs = [self.impl_hir(i) for i in self.impls if i.module in names]
        const_defs = [c.hir for c in sorted(consts, key=lambda c: c.index) if c.hir is not None]
        module = hir.Module(m.name, m.file, m.text,
                            [fn.hir for fn in fns + helpers + methods if fn.hir is not None],
                            structs, sums, impl_defs, const_defs)
        module.actors = [a.hir for a in actors if a.hir is not None]
        module.services = [s.hir for s in services if s.hir is not None]
        module.supervisors = [s.hir for s in sups if s.hir is not None]
        module.tests = [t for t in tests if t is not None]
        return module

    def check_functions(self, env: ModuleEnv, fns: list[FnInfo]) -> None:
        """Functions seen only by part of a module (a service's helpers), in
        SCC order among themselves."""
        for fn in fns:
            self.declare_if_annotated(env, fn)
        nodes = {fn.symbol: fn for fn in fns}
        local = {fn.name: fn.symbol for fn in fns}
        edges = {}
        for key, fn in nodes.items():
            edges[key] = [local[n] for n in self.names_used(fn) if n in local]
        for comp in strongly_connected(list(nodes), edges):
            self.check_component(env, [nodes[k] for k in comp])

    def names_used(self, fn: FnInfo) -> set[str]:
        out = set()
        stack = [c.syntax for c in fn.clauses]
        while stack:
            s = stack.pop()
            if s.kind.name == "NAME_REF":
                out.add(ast.NameRef(s).name())
            stack.extend(s.children())
        return out

    def check_test(self, env: ModuleEnv, node) -> hir.TestDef | None:
        """`test "label" do ... end`: a body of type `()` with the test helpers."""
        checker = FnChecker(self, env, None)
        checker.in_test = True
        body_node = node.body()
        if body_node is None:
            return None
        self.unifier.enter()
        body = checker.infer(body_node)
        checker.resolve_deferred(final=True)
        self.unifier.leave()
        test = hir.TestDef(node.label() or "", body, node.span, env.file)

        def finalize() -> None:
            test.body = Finalizer(env.file, checker.report, Deferred, checker).node(test.body)
        self.finalize_later(checker, finalize)
        return test

    def impl_hir(self, impl) -> hir.ImplDef:
        from ..types import resolve
        return hir.ImplDef(impl.interface.symbol, [resolve(a) for a in impl.iface_args],
                           resolve(impl.target), list(impl.params),
                           {n: f.symbol for n, f in impl.methods.items()},
                           {n: resolve(t) for n, t in impl.assoc.items()}, impl.span, impl.file)

    def references(self, env: ModuleEnv, item) -> list[str]:
        """Module definitions named in ``item``'s body (locals may shadow some:
        an over-approximation only merges components)."""
        out = []
        if isinstance(item, FnInfo):
            roots = [c.syntax for c in item.clauses]
        else:
            roots = [item.node.syntax]
        stack = list(roots)
        while stack:
            s = stack.pop()
            kind = s.kind.name
            if kind == "NAME_REF":
                out.extend(self._definitions_named(env, ast.NameRef(s).name()))
            elif kind == "FIELD_EXPR":
                path = ast.FieldExpr(s).path()
                if path and len(path) > 1:
                    target = self.user_modules.get(
                        self.resolve_qualifier(env, ".".join(path[:-1])) or "")
                    if target is not None and target.file == env.file:
                        out.extend(self._definitions_named(target, path[-1]))
            elif kind == "METHOD_CALL_EXPR":
                call = ast.MethodCallExpr(s)
                path = call.receiver_path()
                if path:
                    target = self.user_modules.get(
                        self.resolve_qualifier(env, ".".join(path)) or "")
                    if target is not None and target.file == env.file:
                        out.extend(self._definitions_named(target, call.name()))
            stack.extend(s.children())
        return out

    def _definitions_named(self, env: ModuleEnv, name: str | None) -> list[str]:
        out = []
        fn = env.functions.get(name) or env.actors.get(name)
        if fn is not None:
            out.append(fn.symbol)
        c = env.consts.get(name)
        if c is not None:
            out.append("const " + c.symbol)
        svc = env.services.get(name)
        if svc is not None:
            out.append("service " + svc.symbol)
        sup = env.supervisors.get(name)
        if sup is not None:
            out.append("supervisor " + sup.symbol)
        return out

    def where_bounds(self, env: ModuleEnv, node, checker, params: dict[str, Type]) -> None:
        for b in node.where_bounds():
            name, path = b.param(), ".".join(b.interface_path())
            iface = impls.lookup_interface(self, env, path)
            if iface is None:
                checker.report(errors.unknown_interface(env.file, b.span, path))
                continue
            p = params.get(name)
            if isinstance(p, TParam):
                self.unifier.param_bounds[p.id].add(iface.symbol)
            elif name is not None:
                checker.report(errors.unknown_type(env.file, b.span, name, None))

    def declare_if_annotated(self, env: ModuleEnv, fn: FnInfo) -> None:
        """A fully annotated signature is known before any body is checked."""
        node = fn.node
        if fn.kind != "fn" or node.ret_type() is None or \
                any(p.type_ann() is None for p in node.params()):
            return
        self.build_signature(env, fn)
        fn.declared = True

    def build_signature(self, env: ModuleEnv, fn: FnInfo) -> None:
        if fn.kind == "actor":
            return build_actor_signature(self, env, fn)
        checker = FnChecker(self, env, None)
        tparams = typedefs.generic_scope(self, checker, fn.node)
        self.where_bounds(env, fn.node, checker, tparams)
        fn.type_params = [p for p in tparams.values() if isinstance(p, TParam)]
        fn.generic_names = tparams
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

    def check_const(self, env: ModuleEnv, c: ConstInfo) -> None:
        u = self.unifier
        u.enter()
        checker = FnChecker(self, env, None)
        checker.in_const = c
        node = c.node
        ann = node.type_ann()
        if ann is not None:
            ty = self.types.lower(checker, ann)
            value = checker.check_expr(node.value(), ty,
                                       Label(ann.span, "expected `{expected}` because of this "
                                             "annotation"))
        else:
            value = checker.infer(node.value())
            ty = value.ty
        checker.resolve_deferred(final=True)
        u.leave()
        c.ty = ty
        c.done = True
        c.hir = hir.ConstDef(c.symbol, ty, value, node.span, c.file)
        fin = Finalizer(c.file, checker.report, Deferred, checker)
        c.hir.value = fin.node(value)
        c.hir.ty = fin.ty(ty, node.span)
        c.ty = c.hir.ty

    def check_component(self, env: ModuleEnv, comp: list[FnInfo]) -> None:
        u = self.unifier
        u.enter()
        for fn in comp:
            if not fn.declared:
                self.build_signature(env, fn)
        checkers = [self.check_body(fn.scope_env or self.user_modules.get(fn.module, env), fn)
                    for fn in comp]
        # a method call in one body may wait on a type another body fixes
        while any(c.resolve_deferred(final=False) for c in checkers):
            pass
        for c in checkers:
            c.resolve_deferred(final=True)
        settled = [c.settle_projections(fn, _plain(fn) and not fn.declared)
                   for fn, c in zip(comp, checkers)]
        u.leave()
        declared_names = set()
        for fn in comp:
            declared_names |= {p.name for p in fn.type_params}
        inferred = [fn for fn in comp if not fn.declared]
        for fn in comp:
            if fn.kind == "actor":
                pin_partial_message(self, fn)
        if inferred:
            params = u.generalise([fn.ty for fn in inferred], declared_names)
            for fn in inferred:
                mine = _params_in(fn.ty, params)
                fn.type_params = fn.type_params + mine
        for fn, s in zip(comp, settled):
            if _plain(fn):
                record_projections(fn, s)
        for ref, target in list(self.pending_refs):
            if target in comp:
                ref.type_args = list(target.type_params)
        self.pending_refs = [(r, t) for r, t in self.pending_refs if t not in comp]
        for fn, checker in zip(comp, checkers):
            fn.done = True
            if fn.hir is not None:
                fn.hir.type_params = list(fn.type_params)
                self.finalize_later(checker, _finalize_job(fn, checker))

    def check_body(self, env: ModuleEnv, fn: FnInfo) -> FnChecker:
        if fn.kind == "actor":
            return check_actor_body(self, env, fn)
        checker = FnChecker(self, env, fn)
        checker.type_params = fn.generic_names
        if fn.failed:
            fn.hir = None
            return checker
        if fn.symbol == "main" and fn.module == self.entry:
            # the main process: `self()` and `receive` allowed (spec 10 §4)
            checker.process = ProcessContext("main", "main", self.unifier.fresh(), fn.file, fn)
            self.process_contexts.append(checker.process)
        if needs_case(fn):
            params, body = check_clauses(checker, fn)
            fn.hir = hir.FnDef(fn.symbol, params, fn.ty.ret, body, [], fn.node.span, fn.file)
            return checker
        params = []
        for p, ty in zip(fn.node.params(), fn.ty.params):
            name = "self" if p.is_self() else (p.name() or "_")
            binding = checker.new_binding(name, ty, p.span)
            if p.type_ann() is not None:
                checker.annotation_spans[binding.id] = p.type_ann().span
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
            plist = next((c for c in main.node.syntax.children()
                          if c.kind.name == "PARAM_LIST"), None)
            self.report(errors.main_with_params(entry.file, plist.span if plist else main.span, n))


def _path_span(item) -> Span:
    for c in item.syntax.children():
        if c.kind.name == "MODULE_PATH":
            return c.span
    return item.span


def _plain(fn: FnInfo) -> bool:
    """A top-level function instantiated through `FnRef`s (not an impl method
    or an actor, which code generation instantiates itself)."""
    return fn.kind == "fn" and fn.impl is None


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


def _finalize_job(fn: FnInfo, checker: FnChecker):
    def job() -> None:
        if fn.kind == "actor":
            finalize_actor(fn, checker)
        else:
            Finalizer(fn.file, checker.report, Deferred, checker).fn(fn.hir)
    return job
