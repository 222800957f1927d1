"""A readable, stable text form of the HIR, for tests and debugging
(`mesh check --dump-hir` style).  One node per line, indented by depth."""

from __future__ import annotations

import dataclasses

from . import hir
from .type_printer import show_type
from .types import Type

_SKIP = {"span", "ty", "source", "path", "file"}


def dump(program: hir.Program) -> str:
    lines: list[str] = []
    for module in program.modules:
        lines.append(f"module {module.name} ({module.path})")
        for c in module.consts:
            lines.append(f"  const {c.symbol} : {show_type(c.ty)}")
            _node(c.value, 2, lines)
        for fn in module.functions:
            params = ", ".join(f"{p.binding!r}: {show_type(p.binding.ty)}" for p in fn.params)
            tps = f"<{', '.join(p.name for p in fn.type_params)}>" if fn.type_params else ""
            lines.append(f"  fn {fn.symbol}{tps}({params}) -> {show_type(fn.ret)}")
            _node(fn.body, 2, lines)
        for a in module.actors:
            params = ", ".join(f"{p.binding!r}: {show_type(p.binding.ty)}" for p in a.params)
            tps = f"<{', '.join(p.name for p in a.type_params)}>" if a.type_params else ""
            lines.append(f"  actor {a.symbol}{tps}({params}) receives {show_type(a.msg_type)}")
            _node(a.body, 2, lines)
            if a.terminate is not None:
                lines.append("   terminate")
                _node(a.terminate, 2, lines)
        for svc in module.services:
            start = ", ".join(show_type(t) for t in svc.start_params)
            lines.append(f"  service {svc.symbol}({start}) state {show_type(svc.state_type)} "
                         f"init={svc.init}")
            for h in svc.handlers:
                params = ", ".join(f"{p.binding!r}: {show_type(p.binding.ty)}" for p in h.params)
                lines.append(f"   {h.kind} {h.variant} as {h.op}({params}) |{h.state!r}| -> "
                             f"{show_type(h.reply)}")
                _node(h.body, 2, lines)
        for sup in module.supervisors:
            lines.append(f"  supervisor {sup.symbol} {sup.strategy} max_restarts="
                         f"{sup.max_restarts} max_seconds={sup.max_seconds}")
            for c in sup.children:
                lines.append(f"   child {c.name} restart={c.restart} shutdown={c.shutdown}")
                _node(c.start, 2, lines)
        for t in module.tests:
            lines.append(f"  test {t.label!r}")
            _node(t.body, 2, lines)
    return "\n".join(lines) + "\n"


def _node(node, depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    head = type(node).__name__
    extras = []
    children = []
    for f in dataclasses.fields(node):
        if f.name in _SKIP:
            continue
        value = getattr(node, f.name)
        if isinstance(value, hir.Binding):
            extras.append(repr(value))
        elif isinstance(value, (hir.Expr, hir.Pattern, hir.Let, hir.ExprStmt, hir.Arm)):
            children.append((f.name, value))
        elif isinstance(value, list) and value and isinstance(value[0], tuple):
            # MapLit entries (key, value), StructLit fields (name, value)
            for entry in value:
                for part in entry:
                    if isinstance(part, str):
                        extras.append(part)
                    else:
                        children.append((f.name, part))
        elif isinstance(value, list) and value and isinstance(value[0], hir.Binding):
            extras.append(f"{f.name}=[{', '.join(map(repr, value))}]")
        elif isinstance(value, list) and value and not isinstance(value[0], Type):
            children.extend((f.name, v) for v in value)
        elif isinstance(value, list):
            extras.append(f"{f.name}=[{', '.join(show_type(v) for v in value)}]")
        elif value is not None:
            extras.append(repr(value))
    ty = getattr(node, "ty", None)
    suffix = f" : {show_type(ty)}" if isinstance(ty, Type) else ""
    lines.append(f"{pad}{head} {' '.join(extras)}".rstrip() + suffix)
    for name, child in children:
        _node(child, depth + 1, lines)
