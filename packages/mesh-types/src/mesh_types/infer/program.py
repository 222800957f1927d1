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
from ..library import PRELUDE, STDLIB_MODULES
from ..prelude_interfaces import SOURCE as PRELUDE_SOURCE
from ..scc import strongly_connected
from ..suggest import closest
from ..types import ERROR, TFun, TParam, Type, prune
from ..unify import Unifier
from . import impls, typedefs
from .clauses import check_clauses, needs_case
from .collect import collect_module
from .env import ConstInfo, FnInfo, ModuleEnv
from .function import Deferred, FnChecker
from .type_exprs import TypeLowering

PRELUDE_MODULE = "<prelude>"


class ParsedModule:
    def __init__(self, name: str, file: str, text: str, root) -> None:
        self.name, self.file, self.text = name, file, text
        self.root = ast.SourceFile.cast(root)


class ProgramChecker:
    def __init__(self, modules: list[ParsedModule], entry: str = "Main") -> None:
        self.parsed = {m.name: m for m in modules}
        self.entry = entry
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
            module = env.qualifiers.get(head) or self.module_named(head)
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

    def report(self, d: Diagnostic) -> None:
        self.diagnostics.append(d)

    # ------------------------------------------------------------ the whole program

    def run(self) -> hir.Program | None:
        self.load_prelude()
        for m in self.parsed.values():
            self.user_modules[m.name] = ModuleEnv(m.name, m.file, m.text)
        for m in self.parsed.values():
            collect_module(self, m)
        self.module_order = self.order_modules()
        for name in self.module_order:
            self.resolve_imports(self.parsed[name])
        for name in self.module_order:
            self.declare_types(self.user_modules[name])
        for name in self.module_order:
            self.declare_impls(self.user_modules[name])
        hir_modules = []
        for name in self.module_order:
            hir_modules.append(self.check_module(self.parsed[name]))
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
            impls.resolve_interface(self, info)
        # constructors of imported sum types are in scope unqualified too
        for info in env.types.values():
            if isinstance(info, SumInfo) and info.module != env.name:
                for v in info.variants:
                    if v not in env.ctors.setdefault(v.name, []):
                        env.ctors[v.name].append(v)
        for name, variants in env.ctors.items():
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
        for info in env.types.values():
            if isinstance(info, (StructInfo, SumInfo)) and info.module == env.name:
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
            if isinstance(item, ast.ImportDecl):
                env.qualifiers[path] = path
                env.qualifiers[path.rsplit(".", 1)[-1]] = path
                continue
            for name, tok in zip(item.names(), item.name_tokens()):
                self.import_name(env, target, name, tok.span, seen_names)

    def import_name(self, env: ModuleEnv, target: ModuleEnv, name: str, span: Span,
                    seen_names: dict[str, Span]) -> None:
        file = env.file
        item = (target.functions.get(name) or target.consts.get(name)
                or target.types.get(name) or target.interfaces.get(name))
        if item is None:
            public = sorted(n for n, f in list(target.functions.items()) +
                            list(target.types.items()) if f.is_pub)
            self.report(errors.no_such_import(file, span, name, target.name, public))
            return
        if not item.is_pub:
            self.report(errors.private_item(file, span, name, target.name,
                                            Label(item.span, "defined here", item.file)))
            return
        if name in seen_names or name in env.functions or name in env.types:
            first = seen_names.get(name) or getattr(
                env.functions.get(name) or env.types.get(name), "span", span)
            self.report(errors.ambiguous_import(file, span, name, Label(first, "also defined here")))
            return
        seen_names[name] = span
        if isinstance(item, FnInfo):
            env.imported[name] = item
        elif isinstance(item, ConstInfo):
            env.imported_consts[name] = item
        elif name in target.interfaces and target.interfaces[name] is item:
            env.interfaces[name] = item
        else:
            env.types[name] = item

    # ------------------------------------------------------------ functions

    def check_module(self, m: ParsedModule) -> hir.Module:
        env = self.user_modules[m.name]
        fns = list(env.functions.values())
        methods = [fn for impl in self.impls if impl.module == env.name
                   for fn in impl.methods.values()]
        consts = list(env.consts.values())
        for fn in fns:
            self.declare_if_annotated(env, fn)
        nodes: dict[str, object] = {}
        for fn in fns + methods:
            nodes[fn.symbol] = fn
        for c in consts:
            nodes["const " + c.symbol] = c
        edges = {key: self.references(env, item) for key, item in nodes.items()}
        for comp in strongly_connected(list(nodes), edges):
            items = [nodes[k] for k in comp]
            const_items = [c for c in items if isinstance(c, ConstInfo)]
            for c in const_items:
                self.check_const(env, c)
            fn_items = [f for f in items if isinstance(f, FnInfo)]
            if fn_items:
                self.check_component(env, fn_items)
        structs = [typedefs.struct_hir(i) for i in env.types.values()
                   if isinstance(i, StructInfo) and i.module == env.name]
        sums = [typedefs.sum_hir(i) for i in env.types.values()
                if isinstance(i, SumInfo) and i.module == env.name]
        impl_defs = [self.impl_hir(i) for i in self.impls if i.module == env.name]
        const_defs = [c.hir for c in sorted(consts, key=lambda c: c.index) if c.hir is not None]
        return hir.Module(m.name, m.file, m.text,
                          [fn.hir for fn in fns + methods if fn.hir is not None],
                          structs, sums, impl_defs, const_defs)

    def impl_hir(self, impl) -> hir.ImplDef:
        from ..types import resolve
        return hir.ImplDef(impl.interface.symbol, [resolve(a) for a in impl.iface_args],
                           resolve(impl.target), list(impl.params),
                           {n: f.symbol for n, f in impl.methods.items()},
                           {n: resolve(t) for n, t in impl.assoc.items()}, impl.span, impl.file)

    def references(self, env: ModuleEnv, item) -> list[str]:
        """Module functions and constants named in ``item``'s body (locals may
        shadow some: an over-approximation only merges components)."""
        out = []
        roots = [c.syntax for c in item.clauses] if isinstance(item, FnInfo) else \
            [item.node.syntax]
        stack = list(roots)
        while stack:
            s = stack.pop()
            if s.kind.name == "NAME_REF":
                name = ast.NameRef(s).name()
                fn = env.functions.get(name)
                if fn is not None:
                    out.append(fn.symbol)
                c = env.consts.get(name)
                if c is not None:
                    out.append("const " + c.symbol)
            stack.extend(s.children())
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
        if node.ret_type() is None or any(p.type_ann() is None for p in node.params()):
            return
        self.build_signature(env, fn)
        fn.declared = True

    def build_signature(self, env: ModuleEnv, fn: FnInfo) -> None:
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
        checkers = [self.check_body(self.user_modules.get(fn.module, env), fn) for fn in comp]
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
                Finalizer(fn.file, checker.report, Deferred, checker).fn(fn.hir)

    def check_body(self, env: ModuleEnv, fn: FnInfo) -> FnChecker:
        checker = FnChecker(self, env, fn)
        checker.type_params = fn.generic_names
        if fn.failed:
            fn.hir = None
            return checker
        if needs_case(fn):
            params, body = check_clauses(checker, fn)
            fn.hir = hir.FnDef(fn.symbol, params, fn.ty.ret, body, [], fn.node.span, fn.file)
            return checker
        params = []
        for p, ty in zip(fn.node.params(), fn.ty.params):
            name = "self" if p.is_self() else (p.name() or "_")
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
            plist = next((c for c in main.node.syntax.children()
                          if c.kind.name == "PARAM_LIST"), None)
            self.report(errors.main_with_params(entry.file, plist.span if plist else main.span, n))


def _path_span(item) -> Span:
    for c in item.syntax.children():
        if c.kind.name == "MODULE_PATH":
            return c.span
    return item.span


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
