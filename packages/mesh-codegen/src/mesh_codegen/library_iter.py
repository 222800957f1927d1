"""``Iter<T>`` (spec 11 s8): lazy iterators are runtime objects (mesh_rt.h "Iter<T>");
codegen picks the source constructor by the argument's type, passes the descriptors of
the tuples the runtime builds, and wraps ``find`` in an Option.

Closures cross as ``mesh_closure *`` with the uniform word ABI, so ``Iter.map(it, f)``
works for any ``f``.  ``Iter.sum`` has one runtime entry per element type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import TCon, prune

from .library_calls import BuiltinEmitter, fetch, rt_call

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

SOURCES = {"List": "iter_from_list", "Set": "iter_from_set", "Range": "iter_from_range"}


def iter_from(fe: FunctionEmitter, args, ins) -> ir.Value:
    """``Iter.from(c)``: lists, sets and ranges directly; maps yield ``(K, V)`` tuples; an
    ``Iter`` is itself."""
    t = prune(ins.args[0].ty)
    name = t.name if isinstance(t, TCon) else ""
    if name == "Iter":
        return args[0]
    if name == "Map":
        return rt_call("iter_from_map", "item_desc")(fe, args, ins)
    if name in SOURCES:
        return rt_call(SOURCES[name])(fe, args, ins)
    from .errors import unsupported
    raise unsupported(f"`Iter.from` over `{t!r}`", file=fe.mfn.file)


def iter_sum(fe: FunctionEmitter, args, ins) -> ir.Value:
    kind = prune(ins.dest.ty)
    return rt_call("iter_sum_float" if kind == TCon("Float") else "iter_sum_int")(fe, args, ins)


ITER_BUILTINS: dict[str, BuiltinEmitter] = {
    "Iter.from": iter_from, "$iter.from_next": rt_call("iter_from_next"),
    "Iter.map": rt_call("iter_map"), "Iter.filter": rt_call("iter_filter"),
    "Iter.take": rt_call("iter_take"), "Iter.skip": rt_call("iter_skip"),
    "Iter.enumerate": rt_call("iter_enumerate", "item_desc"), "Iter.zip": rt_call("iter_zip", "item_desc"),
    "Iter.count": rt_call("iter_count"), "Iter.sum": iter_sum,
    "Iter.any": rt_call("iter_any"), "Iter.all": rt_call("iter_all"),
    "Iter.find": fetch("iter_find"), "Iter.reduce": rt_call("iter_reduce"),
    "List.collect": rt_call("iter_collect_list", "desc"), "Map.collect": rt_call("iter_collect_map", "desc"),
    "Set.collect": rt_call("iter_collect_set", "desc"), "String.collect": rt_call("iter_collect_string"),
}
