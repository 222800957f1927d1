"""The one table of prelude and standard-library signatures (spec 03 §2,
spec 11), and how each surface form maps to a ``hir.BuiltinRef`` name.

The HIR names are a contract with code generation: ``Module.function`` for
library functions, the bare name for prelude functions.  Aliases
(`String.upper`, `List.nth`, `IO.puts`, `JSON.*`, the prelude list
shorthands) map to the canonical name.  Arity-overloaded functions
(`List.sort/1|2`, `Env.get/1|2`) keep one name; the call's argument count
(visible in the ``BuiltinRef``'s function type) tells them apart.

Signatures are written as Mesh type text and parsed once by
:func:`_parse_sig`: single capital letters are the generic placeholders,
``where`` lists interface bounds on them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .types import (
    ATOM,
    BOOL,
    FLOAT,
    INT,
    STRING,
    UNIT,
    TCon,
    TFun,
    TParam,
    TTuple,
    Type,
)

# ``Number`` is internal: `Math.abs/min/max` and `Iter.sum` accept Int or Float.
# ``JsonSource`` is internal: `Json.get` takes raw text or a parsed Json.
_PLACEHOLDER_IDS = itertools.count(-100, -1)


@dataclass(frozen=True, slots=True)
class LibFn:
    hir_name: str          # canonical name in hir.BuiltinRef
    ty: Type               # a TFun, or a plain type for values such as Math.pi
    type_params: tuple[TParam, ...] = ()
    bounds: tuple[tuple[TParam, str], ...] = ()


# ---------------------------------------------------------------- signature text

_TOKEN = re.compile(r"\s*(->|[A-Za-z_][A-Za-z0-9_]*|\(\)|[(),<>?!])")
_NAMED = {"Int": INT, "Float": FLOAT, "Bool": BOOL, "String": STRING, "Atom": ATOM}


def _parse_sig(text: str, params: dict[str, TParam]) -> Type:
    tokens = _TOKEN.findall(text)
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take(expected: str | None = None) -> str:
        nonlocal pos
        tok = tokens[pos]
        assert expected is None or tok == expected, (text, tok, expected)
        pos += 1
        return tok

    def one() -> Type:
        t = atom()
        while peek() in ("?", "!"):
            if take() == "?":
                t = TCon("Option", (t,))
            else:
                t = TCon("Result", (t, atom()))
        return t

    def atom() -> Type:
        tok = take()
        if tok == "()":
            return UNIT
        if tok == "(":
            elems = [one()]
            while peek() == ",":
                take()
                elems.append(one())
            take(")")
            return elems[0] if len(elems) == 1 else TTuple(tuple(elems))
        if tok == "Fun":
            ps: list[Type] = []
            if peek() == "()":
                take()
            else:
                take("(")
                ps.append(one())
                while peek() == ",":
                    take()
                    ps.append(one())
                take(")")
            take("->")
            return TFun(tuple(ps), one())
        if len(tok) == 1 and tok.isupper():
            if tok not in params:
                params[tok] = TParam(next(_PLACEHOLDER_IDS), tok)
            return params[tok]
        if tok in _NAMED:
            return _NAMED[tok]
        args: list[Type] = []
        if peek() == "<":
            take()
            args.append(one())
            while peek() == ",":
                take()
                args.append(one())
            take(">")
        return TCon(tok, tuple(args))

    t = one()
    assert pos == len(tokens), text
    return t


def lib(name: str, sig: str, where: str = "") -> LibFn:
    params: dict[str, TParam] = {}
    ty = _parse_sig(sig, params)
    bounds = []
    for part in filter(None, (p.strip() for p in where.split(","))):
        var, iface = (s.strip() for s in part.split(":"))
        bounds.append((params[var], iface))
    return LibFn(name, ty, tuple(params.values()), tuple(bounds))


# ---------------------------------------------------------------- the prelude

PRELUDE: dict[str, LibFn] = {
    "println": lib("println", "Fun(String) -> ()"),
    "print": lib("print", "Fun(String) -> ()"),
    "eprintln": lib("eprintln", "Fun(String) -> ()"),
    # Never-returning; typed `Fun(String) -> a` so a call fits any context
    "panic": lib("panic", "Fun(String) -> A"),
    "compare": lib("compare", "Fun(T, T) -> Ordering", "T: Ord"),
    "default": lib("default", "Fun() -> T", "T: Default"),
    "map": lib("List.map", "Fun(List<T>, Fun(T) -> U) -> List<U>"),
    "filter": lib("List.filter", "Fun(List<T>, Fun(T) -> Bool) -> List<T>"),
    "reduce": lib("List.reduce", "Fun(List<T>, U, Fun(U, T) -> U) -> U"),
    "head": lib("List.head", "Fun(List<T>) -> T"),
    "tail": lib("List.tail", "Fun(List<T>) -> List<T>"),
}


# Helpers in scope only in `*.test.mpl` files (spec 15 §7).
TEST_HELPERS: dict[str, LibFn] = {
    "assert": lib("assert", "Fun(Bool) -> ()"),
    "assert_eq": lib("assert_eq", "Fun(T, T) -> ()", "T: Eq, T: Display"),
}


def _module(prefix: str, entries: dict[str, object]) -> dict[str, list[LibFn]]:
    """``member -> overloads``; an entry is a signature, (signature, where),
    or a list of those (arity overloads)."""
    out: dict[str, list[LibFn]] = {}
    for member, spec in entries.items():
        canonical = member
        if isinstance(spec, tuple) and len(spec) == 2 and spec[0].startswith("="):
            canonical, spec = spec[0][1:], spec[1]  # alias of another member
        specs = spec if isinstance(spec, list) else [spec]
        out[member] = [lib(f"{prefix}.{canonical}", *((s,) if isinstance(s, str) else s))
                       for s in specs]
    return out


MODULES: dict[str, dict[str, list[LibFn]]] = {
    "IO": _module("IO", {
        "puts": "Fun(String) -> ()", "println": "Fun(String) -> ()",
        "print": "Fun(String) -> ()", "eprintln": "Fun(String) -> ()",
        "eprint": "Fun(String) -> ()", "read_line": "Fun() -> String!String",
    }),
    "String": _module("String", {
        "length": "Fun(String) -> Int",
        "slice": "Fun(String, Int, Int) -> String",
        "contains": "Fun(String, String) -> Bool",
        "starts_with": "Fun(String, String) -> Bool",
        "ends_with": "Fun(String, String) -> Bool",
        "trim": "Fun(String) -> String",
        "to_upper": "Fun(String) -> String", "upper": ("=to_upper", "Fun(String) -> String"),
        "to_lower": "Fun(String) -> String", "lower": ("=to_lower", "Fun(String) -> String"),
        "replace": "Fun(String, String, String) -> String",
        "split": "Fun(String, String) -> List<String>",
        "join": "Fun(List<String>, String) -> String",
        "to_int": "Fun(String) -> Int?",
        "to_float": "Fun(String) -> Float?",
        "from": ("Fun(T) -> String", "T: Display"),
        "collect": "Fun(Iter<String>) -> String",
    }),
    "Int": _module("Int", {
        "to_float": "Fun(Int) -> Float", "to_string": "Fun(Int) -> String",
    }),
    "Float": _module("Float", {
        "to_int": "Fun(Float) -> Int", "to_string": "Fun(Float) -> String",
        # From<Int> for Float is the only `Float.from` (spec 03 §9.6)
        "from": "Fun(Int) -> Float",
    }),
    "Bool": _module("Bool", {"to_string": "Fun(Bool) -> String"}),
    "Math": _module("Math", {
        "abs": ("Fun(T) -> T", "T: Number"),
        "min": ("Fun(T, T) -> T", "T: Number"), "max": ("Fun(T, T) -> T", "T: Number"),
        "pi": "Float",
        "pow": "Fun(Float, Float) -> Float", "sqrt": "Fun(Float) -> Float",
        "floor": "Fun(Float) -> Int", "ceil": "Fun(Float) -> Int",
        "round": "Fun(Float) -> Int",
    }),
    "List": _module("List", {
        "new": "Fun() -> List<T>",
        "length": "Fun(List<T>) -> Int",
        "append": "Fun(List<T>, T) -> List<T>",
        "head": "Fun(List<T>) -> T", "tail": "Fun(List<T>) -> List<T>",
        "last": "Fun(List<T>) -> T",
        "get": "Fun(List<T>, Int) -> T", "nth": ("=get", "Fun(List<T>, Int) -> T"),
        "concat": "Fun(List<T>, List<T>) -> List<T>",
        "reverse": "Fun(List<T>) -> List<T>",
        "map": "Fun(List<T>, Fun(T) -> U) -> List<U>",
        "filter": "Fun(List<T>, Fun(T) -> Bool) -> List<T>",
        "reduce": "Fun(List<T>, U, Fun(U, T) -> U) -> U",
        "sort": [("Fun(List<T>) -> List<T>", "T: Ord"),
                 "Fun(List<T>, Fun(T, T) -> Int) -> List<T>"],
        "find": "Fun(List<T>, Fun(T) -> Bool) -> T?",
        "any": "Fun(List<T>, Fun(T) -> Bool) -> Bool",
        "all": "Fun(List<T>, Fun(T) -> Bool) -> Bool",
        "contains": ("Fun(List<T>, T) -> Bool", "T: Eq"),
        "zip": "Fun(List<T>, List<U>) -> List<(T, U)>",
        "flat_map": "Fun(List<T>, Fun(T) -> List<U>) -> List<U>",
        "flatten": "Fun(List<List<T>>) -> List<T>",
        "enumerate": "Fun(List<T>) -> List<(Int, T)>",
        "take": "Fun(List<T>, Int) -> List<T>", "drop": "Fun(List<T>, Int) -> List<T>",
        "collect": "Fun(Iter<T>) -> List<T>",
    }),
    "Map": _module("Map", {
        "new": "Fun() -> Map<K, V>",
        "put": ("Fun(Map<K, V>, K, V) -> Map<K, V>", "K: Hash"),
        "get": ("Fun(Map<K, V>, K) -> V", "K: Hash"),
        "fetch": ("Fun(Map<K, V>, K) -> V?", "K: Hash"),
        "has_key": ("Fun(Map<K, V>, K) -> Bool", "K: Hash"),
        "delete": ("Fun(Map<K, V>, K) -> Map<K, V>", "K: Hash"),
        "size": "Fun(Map<K, V>) -> Int",
        "keys": "Fun(Map<K, V>) -> List<K>", "values": "Fun(Map<K, V>) -> List<V>",
        "merge": "Fun(Map<K, V>, Map<K, V>) -> Map<K, V>",
        "to_list": "Fun(Map<K, V>) -> List<(K, V)>",
        "from_list": ("Fun(List<(K, V)>) -> Map<K, V>", "K: Hash"),
        "collect": ("Fun(Iter<(K, V)>) -> Map<K, V>", "K: Hash"),
    }),
    "Set": _module("Set", {
        "new": "Fun() -> Set<T>",
        "add": ("Fun(Set<T>, T) -> Set<T>", "T: Hash"),
        "remove": ("Fun(Set<T>, T) -> Set<T>", "T: Hash"),
        "contains": ("Fun(Set<T>, T) -> Bool", "T: Hash"),
        "size": "Fun(Set<T>) -> Int",
        "union": "Fun(Set<T>, Set<T>) -> Set<T>",
        "intersection": "Fun(Set<T>, Set<T>) -> Set<T>",
        "difference": "Fun(Set<T>, Set<T>) -> Set<T>",
        "to_list": "Fun(Set<T>) -> List<T>",
        "from_list": ("Fun(List<T>) -> Set<T>", "T: Hash"),
        "collect": ("Fun(Iter<T>) -> Set<T>", "T: Hash"),
    }),
    "Queue": _module("Queue", {
        "new": "Fun() -> Queue<T>", "push": "Fun(Queue<T>, T) -> Queue<T>",
        "pop": "Fun(Queue<T>) -> (T, Queue<T>)", "peek": "Fun(Queue<T>) -> T",
        "size": "Fun(Queue<T>) -> Int", "is_empty": "Fun(Queue<T>) -> Bool",
    }),
    "Range": _module("Range", {
        "new": "Fun(Int, Int) -> Range", "length": "Fun(Range) -> Int",
        "to_list": "Fun(Range) -> List<Int>",
        "map": "Fun(Range, Fun(Int) -> U) -> List<U>",
        "filter": "Fun(Range, Fun(Int) -> Bool) -> List<Int>",
    }),
    "Iter": _module("Iter", {
        # `Iter.from` is typed by its argument (see ITEM_OF); this is the list case
        "from": "Fun(List<T>) -> Iter<T>",
        "map": "Fun(Iter<T>, Fun(T) -> U) -> Iter<U>",
        "filter": "Fun(Iter<T>, Fun(T) -> Bool) -> Iter<T>",
        "take": "Fun(Iter<T>, Int) -> Iter<T>", "skip": "Fun(Iter<T>, Int) -> Iter<T>",
        "enumerate": "Fun(Iter<T>) -> Iter<(Int, T)>",
        "zip": "Fun(Iter<T>, Iter<U>) -> Iter<(T, U)>",
        "count": "Fun(Iter<T>) -> Int",
        "sum": ("Fun(Iter<T>) -> T", "T: Number"),
        "any": "Fun(Iter<T>, Fun(T) -> Bool) -> Bool",
        "all": "Fun(Iter<T>, Fun(T) -> Bool) -> Bool",
        "find": "Fun(Iter<T>, Fun(T) -> Bool) -> T?",
        "reduce": "Fun(Iter<T>, U, Fun(U, T) -> U) -> U",
    }),
    "Option": _module("Option", {
        "is_some": "Fun(T?) -> Bool", "is_none": "Fun(T?) -> Bool",
        "unwrap": "Fun(T?) -> T", "unwrap_or": "Fun(T?, T) -> T",
        "map": "Fun(T?, Fun(T) -> U) -> U?", "to_result": "Fun(T?, E) -> T!E",
    }),
    "Result": _module("Result", {
        "is_ok": "Fun(T!E) -> Bool", "is_err": "Fun(T!E) -> Bool",
        "unwrap": "Fun(T!E) -> T", "unwrap_or": "Fun(T!E, T) -> T",
        "map": "Fun(T!E, Fun(T) -> U) -> U!E",
        "map_err": "Fun(T!E, Fun(E) -> F) -> T!F",
        "ok": "Fun(T!E) -> T?",
    }),
    "File": _module("File", {
        "read": "Fun(String) -> String!String",
        "write": "Fun(String, String) -> ()!String",
        "append": "Fun(String, String) -> ()!String",
        "exists": "Fun(String) -> Bool", "delete": "Fun(String) -> ()!String",
    }),
    "Env": _module("Env", {
        "get": ["Fun(String) -> String?", "Fun(String, String) -> String"],
        "get_int": "Fun(String, Int) -> Int",
        "args": "Fun() -> List<String>",
    }),
    "Json": _module("Json", {
        "parse": "Fun(String) -> Json!String",
        "encode": ("Fun(T) -> String", "T: ToJson"),
        "encode_string": "Fun(String) -> String", "encode_int": "Fun(Int) -> String",
        "encode_bool": "Fun(Bool) -> String",
        "encode_map": "Fun(Map<String, String>) -> String",
        "encode_list": "Fun(List<String>) -> String",
        "get": ("Fun(S, String) -> String", "S: JsonSource"),
        "get_nested": ("Fun(S, String, String) -> String", "S: JsonSource"),
    }),
    "Crypto": _module("Crypto", {
        "uuid4": "Fun() -> String", "sha256": "Fun(String) -> String",
        "hmac_sha256": "Fun(String, String) -> String",
        "random_hex": "Fun(Int) -> String",
    }),
}
MODULES["JSON"] = MODULES["Json"]

# ---------------------------------------------------------------- concurrency (spec 10)
# `Pid` alone is the untyped PID (compatible with every `Pid<M>`, spec 10 §2).
MODULES.update({
    "Process": _module("Process", {
        "unlink": "Fun(Pid) -> ()",
        "trap_exit": "Fun(Bool) -> Bool",
        "exit": "Fun(Pid, String) -> ()",
        "monitor": "Fun(Pid) -> Int",
        "demonitor": "Fun(Int) -> Int",
        "register": "Fun(String, Pid) -> Int",
        "whereis": "Fun(String) -> Pid",
        "unregister": "Fun(String) -> Int",
        "is_alive": "Fun(Pid) -> Bool",
    }),
    "Timer": _module("Timer", {
        "sleep": "Fun(Int) -> ()",
        "send_after": "Fun(Pid<T>, Int, T) -> ()",
        "now_ms": "Fun() -> Int",
        "unix_ms": "Fun() -> Int",
    }),
    "Job": _module("Job", {
        "async": "Fun(Fun() -> T) -> Pid<T>",
        "await": "Fun(Pid<T>) -> T!String",
        "await_timeout": "Fun(Pid<T>, Int) -> T!String",
        "map": "Fun(List<A>, Fun(A) -> B) -> List<B!String>",
    }),
    "Supervisor": _module("Supervisor", {
        "start_child": "Fun(Pid) -> Pid",
        "terminate_child": "Fun(Pid, Pid) -> Int",
        "count_children": "Fun(Pid) -> Int",
        "which_children": "Fun(Pid) -> List<(String, Pid)>",
    }),
})


# Tuple helpers work on tuples of any arity: typed by a rule in infer/calls.py.
TUPLE_HELPERS = {"first", "second", "size", "nth"}

# `String.from(x)` is Display, exactly as `x.to_string()`: the implementation
# depends on the argument's type, so it is resolved like a method call.
DISPLAY_CONVERSIONS = {("String", "from")}

# `x.to_string()` per receiver type (Display, spec 03 §9.2); for String the
# value itself is the result.
TO_STRING: dict[str, str | None] = {
    "Int": "Int.to_string",
    "Float": "Float.to_string",
    "Bool": "Bool.to_string",
    "String": None,
}

# Modules that exist in the standard library (chapter 11 and later), even
# where the checker does not know their members: `Http.serve` is then
# reported as a missing member rather than a missing module.
STDLIB_MODULES = set(MODULES) | {
    "Tuple", "Time", "Process", "Http", "Ws", "Pg", "Sqlite", "Node", "Test", "Timer",
    "Job", "Supervisor", "Global",
}


def lib_members(module: str) -> set[str] | None:
    """The member names of a library module, or None when the checker has no
    table for it (`from M import x` is then not checked)."""
    if module in MODULES:
        return set(MODULES[module])
    if module == "Tuple":
        return set(TUPLE_HELPERS)
    return None


def overloads(module: str, member: str) -> list[LibFn] | None:
    return MODULES.get(module, {}).get(member)


def by_arity(options: list[LibFn], n: int) -> LibFn:
    """The overload taking ``n`` arguments (the first one when none does:
    the arity error is then reported against it)."""
    for o in options:
        if isinstance(o.ty, TFun) and len(o.ty.params) == n:
            return o
    return options[0]
