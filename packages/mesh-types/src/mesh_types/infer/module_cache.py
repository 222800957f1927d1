"""Reusing and recording per-module check results (see :mod:`mesh_types.cache`).

:func:`module_entry` captures what a checked module gives other modules
and the next check; :func:`restore_module` installs a cached entry in a new
checker run in place of checking the module's bodies.  Declarations
(collection, types, impls) are always redone from the source: they are
cheap, and other modules need the records.
"""

from __future__ import annotations

from mesh_syntax import ast

from .. import hir
from ..cache import ModuleEntry, interface_hash
from ..types import resolve
from .env import own
from .services import ServiceOpInfo

_SIGNATURE_ITEMS = (ast.FnDef, ast.LetStmt, ast.ActorDef, ast.ServiceDef, ast.SupervisorDef,
                    ast.TestDef, ast.ImportDecl, ast.FromImport, ast.ModuleDef)


def _defined(program, envs, table: str) -> list:
    return [x for e in envs for x in own(e, table).values() if x.module == e.name]


def module_entry(program, name: str, module: hir.Module, diagnostics: list) -> ModuleEntry:
    envs = program.envs_of(name)
    services = _defined(program, envs, "services")
    fns = _defined(program, envs, "functions") + _defined(program, envs, "actors") + \
        [f for svc in services for f in svc.helpers.values()]
    signatures = {}
    declarations = []
    for fn in fns:
        declarations.append(f"{fn.kind} {fn.symbol} pub={fn.is_pub}")
        if fn.ty is None:
            continue
        bounds = [set(program.unifier.param_bounds.get(p.id, ())) for p in fn.type_params]
        projections = [(resolve(t), resolve(o), i) for t, o, i in fn.projections]
        signatures[fn.symbol] = (resolve(fn.ty), list(fn.type_params), bounds, projections)
    const_types = {}
    for c in _defined(program, envs, "consts"):
        declarations.append(f"const {c.symbol} pub={c.is_pub}")
        if c.ty is not None:
            const_types[c.symbol] = resolve(c.ty)
    service_ops = {}
    for svc in services:
        declarations.append(f"service {svc.symbol} pub={svc.is_pub}")
        service_ops[svc.symbol] = {op: (o.kind, o.index, resolve(o.ty))
                                   for op, o in svc.ops.items()}
        for op, (kind, index, ty) in sorted(service_ops[svc.symbol].items()):
            signatures[f"{svc.symbol}/{op}"] = (ty, [], [])
    for sup in _defined(program, envs, "supervisors"):
        declarations.append(f"supervisor {sup.symbol} pub={sup.is_pub}")
    declarations.extend(_declaration_texts(program.parsed[name].root.items()))
    return ModuleEntry(
        interface_hash(declarations, signatures), module,
        {k: v for k, v in signatures.items() if "/" not in k},
        const_types, service_ops, list(diagnostics),
        {module.path: list(program.typed_exprs.get(module.path, []))})


def _declaration_texts(items) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, ast.ModuleDef):
            out.append(f"module {item.name()} pub={item.is_pub()}")
            out.extend(_declaration_texts(item.items()))
        elif not isinstance(item, _SIGNATURE_ITEMS):
            out.append(item.syntax.text())
    return out


def restore_module(program, m, entry: ModuleEntry) -> hir.Module:
    """Install a cached module: its HIR as stored (bindings and type
    parameters already renumbered for this run by the cache's loader), the
    signatures its importers need, and its diagnostics."""
    module: hir.Module = entry.module
    envs = program.envs_of(m.name)
    names = {e.name for e in envs}
    fns = {f.symbol: f for f in module.functions}
    actors = {a.symbol: a for a in module.actors}

    def restore_fn(fn) -> None:
        sig = entry.signatures.get(fn.symbol)
        if sig is not None:
            fn.ty, fn.type_params, bounds, *rest = sig
            fn.projections = list(rest[0]) if rest else []
            for p, b in zip(fn.type_params, bounds):
                program.unifier.param_bounds[p.id] = set(b)
        fn.done = fn.declared = True
        fn.process = None
        fn.hir = actors.get(fn.symbol) if fn.kind == "actor" else fns.get(fn.symbol)

    services = _defined(program, envs, "services")
    for fn in _defined(program, envs, "functions") + _defined(program, envs, "actors"):
        restore_fn(fn)
    for impl in program.impls:
        if impl.module in names:
            for fn in impl.methods.values():
                fn.done = True
                fn.hir = fns.get(fn.symbol)
    consts = {c.symbol: c for c in module.consts}
    for c in _defined(program, envs, "consts"):
        c.ty = entry.const_types.get(c.symbol)
        c.done = True
        c.hir = consts.get(c.symbol)
    service_hir = {s.symbol: s for s in module.services}
    for svc in services:
        for fn in svc.helpers.values():
            restore_fn(fn)
        svc.ops = {op: ServiceOpInfo(kind, index, ty)
                   for op, (kind, index, ty) in entry.service_ops.get(svc.symbol, {}).items()}
        svc.hir = service_hir.get(svc.symbol)
        svc.done = True
    sup_hir = {s.symbol: s for s in module.supervisors}
    for sup in _defined(program, envs, "supervisors"):
        sup.hir = sup_hir.get(sup.symbol)
        sup.done = True
    program.diagnostics.extend(entry.diagnostics)
    program.typed_exprs.update(entry.typed_exprs)
    return module


def impls_fingerprint(program) -> str:
    """A hash of every impl header of the program (interface, arguments,
    target, defining module)."""
    import hashlib
    h = hashlib.sha256()
    for impl in program.impls:
        head = f"{impl.interface.symbol}{[repr(resolve(a)) for a in impl.iface_args]}" \
               f" for {resolve(impl.target)!r} in {impl.module}"
        h.update(head.encode())
        h.update(b"\0")
    return h.hexdigest()
