"""Interfaces and impls (spec 03 §8): interface signatures, impl headers,
conformance of impls (E0007, E0008, E0026, E0040, E0041, E0046) and the
question "does type T implement interface I" for user types and impls."""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Diagnostic, Label

from .. import errors
from ..declarations import ImplInfo, InterfaceInfo, MethodSig, StructInfo, SumInfo
from ..interfaces import requirement as builtin_requirement
from ..type_printer import TypePrinter
from ..types import ERROR, UNIT, TCon, TFun, TParam, TTuple, Type, prune, substitute
from .env import FnInfo
from .typedefs import generic_scope

_BUILTIN_HEADS = {"Int", "Float", "Bool", "String", "Atom", "()", "List", "Map", "Set",
                  "Range", "Option", "Result", "Ordering", "Iter", "Queue", "Json", "Pid"}


def resolve_interface(program, info: InterfaceInfo) -> None:
    checker = program.decl_checker(info.module)
    params = generic_scope(program, checker, info.node)
    info.params = [p for p in params.values() if isinstance(p, TParam)]
    names: dict[str, Type] = dict(params)
    names["Self"] = info.self_param
    for a in info.node.assoc_types():
        if a.name():
            info.assoc[a.name()] = program.unifier.new_param("Self." + a.name())
            names["Self." + a.name()] = info.assoc[a.name()]
    for m in info.node.methods():
        name = m.name()
        if not name:
            continue
        span = m.name_token().span if m.name_token() else m.span
        if name in info.methods:
            checker.report(errors.duplicate(info.file, span, "method", name,
                                            Label(info.methods[name].span, "first defined here")))
            continue
        ps = m.params()
        has_self = bool(ps) and ps[0].is_self()
        types, complete = [], True
        for p in ps[1:] if has_self else ps:
            if p.type_ann() is None:
                complete = False
                checker.report(errors.annotation_needed(
                    info.file, p.span, f"parameter `{p.name() or '_'}` of `{name}`"))
                types.append(ERROR)
            else:
                types.append(program.types.lower(checker, p.type_ann(), names))
        # no return annotation: the method returns () (spec 02 §3)
        ret = program.types.lower(checker, m.ret_type(), names) if m.ret_type() else UNIT
        info.methods[name] = MethodSig(name, has_self, types, ret, m, span,
                                       m.body() is not None, complete)


def lookup_interface(program, env, name: str) -> InterfaceInfo | None:
    if name in env.interfaces:
        return env.interfaces[name]
    if "." in name:
        head, member = name.rsplit(".", 1)
        module = program.resolve_qualifier(env, head)
        if module is not None:
            return program.user_modules[module].interfaces.get(member)
    return program.prelude_env.interfaces.get(name)


def _implicit_vars(program, env, node, names: dict[str, Type]) -> None:
    """Single-letter names in an impl target that are no known type are the
    impl's own variables (`impl Show for Box<T>`, spec 03 §8.2)."""
    if node is None:
        return
    stack = [node.syntax]
    while stack:
        s = stack.pop()
        t = ast.NameType.cast(s)
        if t is not None and len(t.path()) == 1:
            n = t.name()
            if (n not in names and len(n) <= 2 and n[:1].isupper()
                    and program.lookup_type(env, n) is None and n not in _BUILTIN_HEADS):
                names[n] = program.unifier.new_param(n)
        stack.extend(s.children())


def resolve_impl(program, env, node) -> ImplInfo | None:
    checker = program.decl_checker(env.name)
    checker.lenient_type_args = True
    iface_node = node.interface()
    if iface_node is None or node.target() is None:
        return None
    iface = lookup_interface(program, env, iface_node.name())
    names: dict[str, Type] = {}
    _implicit_vars(program, env, node.target(), names)
    for a in iface_node.args():
        _implicit_vars(program, env, a, names)
    target = program.types.lower(checker, node.target(), names)
    args = [program.types.lower(checker, a, names) for a in iface_node.args()]
    params = [p for p in names.values() if isinstance(p, TParam)]
    impl = ImplInfo(iface, args, target, params, env.name, env.file, node, node.span)
    for b in node.where_bounds():
        p, path = b.param(), b.interface_path()
        bound = lookup_interface(program, env, ".".join(path)) if path else None
        if bound is None:
            checker.report(errors.unknown_interface(env.file, b.span, ".".join(path)))
            continue
        if p in names and isinstance(names[p], TParam):
            impl.bounds.setdefault(names[p].id, set()).add(bound.symbol)
            program.unifier.param_bounds[names[p].id].add(bound.symbol)
    if iface is None:
        checker.report(errors.unknown_interface(env.file, iface_node.span, iface_node.name()))
        impl.ok = False
        return impl
    if prune(target) == ERROR:
        impl.ok = False
        return impl
    if iface.symbol == "Into":
        _direct_into(program, checker, impl)
        return impl
    _check_assoc(program, checker, impl, names)
    _check_overlap(program, checker, impl)
    return impl


def _direct_into(program, checker, impl: ImplInfo) -> None:
    """Spec 03 §9.6: `Into` comes only from `From` impls; a direct impl
    duplicates the one every `impl From<A> for B` provides (E0026)."""
    target = _show(impl.target)
    into = _show(impl.iface_args[0]) if impl.iface_args else "_"
    checker.report(Diagnostic(
        "E0026", f"duplicate impl of `Into<{into}>` for `{target}`: `Into` cannot be "
        "implemented directly", impl.file,
        Label(impl.node.interface().span, "`Into` is provided by `From` impls"), [],
        [f"write `impl From<{target}> for {into}` instead; it provides "
         f"`{target}.into()` as well"]))
    impl.ok = False


def _check_assoc(program, checker, impl: ImplInfo, names) -> None:
    iface = impl.interface
    for a in impl.node.assoc_types():
        n = a.name()
        if not n:
            continue
        if n not in iface.assoc:
            checker.report(Diagnostic(
                "E0041", f"associated type `{n}` is not declared by interface `{iface.name}`",
                impl.file, Label(a.span, "not part of the interface"), []))
            continue
        impl.assoc[n] = program.types.lower(checker, a.type(), names)
    for n in iface.assoc:
        if n not in impl.assoc:
            checker.report(Diagnostic(
                "E0040", f"impl of `{iface.name}` for `{_show(impl.target)}` lacks associated "
                f"type `{n}`", impl.file, Label(impl.node.interface().span,
                                                f"missing `type {n} = ...`"), [],
                [f"add `type {n} = <type>` to the impl"]))
            impl.assoc[n] = ERROR


def _show(t: Type) -> str:
    return TypePrinter().show(t)


def _heads_overlap(a: Type, b: Type) -> bool:
    a, b = prune(a), prune(b)
    if isinstance(a, TParam) or isinstance(b, TParam):
        return True
    if isinstance(a, TCon) and isinstance(b, TCon):
        return a.name == b.name and len(a.args) == len(b.args) and all(
            _heads_overlap(x, y) for x, y in zip(a.args, b.args))
    if isinstance(a, TTuple) and isinstance(b, TTuple):
        return len(a.elems) == len(b.elems) and all(
            _heads_overlap(x, y) for x, y in zip(a.elems, b.elems))
    return a == b


def _check_overlap(program, checker, impl: ImplInfo) -> None:
    sym = impl.interface.symbol
    for other in program.impls:
        if other.interface is impl.interface and other.ok and \
                _heads_overlap(other.target, impl.target) and \
                all(_heads_overlap(x, y) for x, y in zip(other.iface_args, impl.iface_args)):
            checker.report(Diagnostic(
                "E0026", f"duplicate impl of `{impl.interface.name}` for `{_show(impl.target)}`",
                impl.file, Label(impl.node.interface().span, "overlaps an earlier impl"),
                [Label(other.node.interface().span, "first implemented here", other.file)]))
            impl.ok = False
            return
    t = prune(impl.target)
    builtin = False
    if isinstance(t, TCon) and t.name in _BUILTIN_HEADS and not impl.iface_args:
        builtin = builtin_requirement(t, sym)[0] and sym != "Display" or (
            sym == "Display" and builtin_requirement(t, "Display")[0]
            and t.name not in ("List", "Map", "Set", "Option", "Result"))
    elif isinstance(t, TCon) and t.name in program.structs | program.sums:
        info = program.structs.get(t.name) or program.sums.get(t.name)
        builtin = sym in info.derives
    if sym == "From" and isinstance(t, TCon) and impl.iface_args:
        src = prune(impl.iface_args[0])
        builtin = (t.name, getattr(src, "name", None)) in {
            ("Float", "Int"), ("String", "Int"), ("String", "Float"), ("String", "Bool")}
    if builtin:
        what = "derives" if isinstance(t, TCon) and t.name not in _BUILTIN_HEADS else \
            "already implements"
        checker.report(Diagnostic(
            "E0026", f"duplicate impl of `{impl.interface.name}` for `{_show(t)}`",
            impl.file, Label(impl.node.interface().span,
                             f"`{_show(t)}` {what} `{impl.interface.name}`"), [],
            ["remove the deriving entry or this impl"] if what == "derives" else []))
        impl.ok = False


def impl_subst(impl: ImplInfo) -> dict[int, Type]:
    iface = impl.interface
    mapping: dict[int, Type] = {iface.self_param.id: impl.target}
    for p, a in zip(iface.params, impl.iface_args):
        mapping[p.id] = a
    for n, p in iface.assoc.items():
        mapping[p.id] = impl.assoc.get(n, ERROR)
    return mapping


def declare_impl_methods(program, env, impl: ImplInfo, index: int) -> None:
    """FnInfos for the impl's methods and for the defaults it inherits."""
    iface = impl.interface
    checker = program.decl_checker(env.name)
    mapping = impl_subst(impl)
    label = _label(impl.target)
    prefix = "" if env.name == program.entry else env.name + "."
    base = f"{prefix}{iface.name}.{label}"
    if base in program.impl_symbols:
        base = f"{base}#{index}"
    program.impl_symbols.add(base)
    names: dict[str, Type] = {p.name: p for p in impl.params}
    names["Self"] = impl.target
    for n, t in impl.assoc.items():
        names["Self." + n] = t
    defined: dict[str, object] = {}
    for m in impl.node.methods():
        name = m.name()
        if not name:
            continue
        span = m.name_token().span if m.name_token() else m.span
        if name in defined:
            checker.report(errors.duplicate(env.file, span, "method", name,
                                            Label(defined[name].span, "first defined here")))
            continue
        sig = iface.methods.get(name)
        if sig is None:
            checker.report(Diagnostic(
                "E0046", f"method `{name}` is not a member of interface `{iface.name}`",
                env.file, Label(span, f"not declared by `{iface.name}`"), [],
                ["declared methods: " + ", ".join(f"`{n}`" for n in iface.methods)]))
            continue
        fn = FnInfo(name, f"{base}.{name}", env.name, env.file, m, span, True)
        fn.clauses = [m]
        fn.impl = impl
        fn.generic_names = names
        _signature(program, checker, fn, sig, mapping, impl)
        defined[name] = fn
    missing = [n for n, s in iface.methods.items() if n not in defined and not s.has_default]
    if iface.symbol == "Ord" and not ({"compare", "lt"} & set(defined)):
        missing = ["compare"]
    for n in missing:
        checker.report(Diagnostic(
            "E0007", f"impl of `{iface.name}` for `{_show(impl.target)}` lacks method `{n}`",
            env.file, Label(impl.node.interface().span, f"missing `{n}`"), [],
            [f"add `fn {n}(...)` to the impl"]))
    for n, sig in iface.methods.items():
        if n in defined or not sig.has_default or n in missing:
            continue
        if iface.symbol == "Ord" and not ({"compare", "lt"} & set(defined)):
            continue
        fn = FnInfo(n, f"{base}.{n}", env.name, iface.file or env.file, sig.node, sig.span, True)
        fn.clauses = [sig.node]
        fn.impl = impl
        fn.generic_names = names
        _signature(program, checker, fn, sig, mapping, impl, from_interface=True)
        defined[n] = fn
    impl.methods = defined
    for fn in defined.values():
        program.by_symbol[fn.symbol] = fn


def _label(t: Type) -> str:
    t = prune(t)
    if isinstance(t, TCon):
        return t.name.rsplit(".", 1)[-1]
    if isinstance(t, TTuple):
        return "Tuple"
    return "T"


def _signature(program, checker, fn: FnInfo, sig: MethodSig, mapping, impl: ImplInfo,
               from_interface: bool = False) -> None:
    """The method's type: the interface's, with Self/assoc/params substituted;
    annotations written in the impl must agree (E0008)."""
    expected = [substitute(t, mapping) for t in sig.params]
    ret = substitute(sig.ret, mapping)
    self_t = [impl.target] if sig.has_self else []
    fn.type_params = list(impl.params)
    fn.declared = True
    fn.has_self = sig.has_self
    node = fn.node
    ps = node.params()
    fn.param_spans = [p.span for p in ps]
    if not from_interface:
        has_self = bool(ps) and ps[0].is_self()
        own = ps[1:] if has_self else ps
        mismatch = has_self != sig.has_self or len(own) != len(expected)
        found_params = []
        for p, e in zip(own, expected):
            if p.type_ann() is not None:
                t = program.types.lower(checker, p.type_ann(), fn.generic_names)
                found_params.append(t)
                if program.unifier.unify(e, t) is not None:
                    mismatch = True
            else:
                found_params.append(e)
        found_ret = ret
        if node.ret_type() is not None:
            found_ret = program.types.lower(checker, node.ret_type(), fn.generic_names)
            if program.unifier.unify(ret, found_ret) is not None:
                mismatch = True
            fn.ret_span = node.ret_type().span
        if mismatch:
            p = TypePrinter()
            want = _sig_text(p, sig.name, sig.has_self, expected, ret)
            got = _sig_text(p, sig.name, has_self, found_params + [ERROR] * (
                len(own) - len(found_params)), found_ret)
            checker.report(Diagnostic(
                "E0008", f"method `{sig.name}` has the wrong signature for interface "
                f"`{impl.interface.name}`", fn.file, Label(fn.span, f"found `{got}`"), [],
                [f"expected signature `{want}`"]))
            fn.failed = True
    fn.ty = TFun(tuple(self_t + expected), ret)


def _sig_text(p: TypePrinter, name: str, has_self: bool, params, ret) -> str:
    parts = (["self"] if has_self else []) + [p.show(t) for t in params]
    return f"fn {name}({', '.join(parts)}) -> {p.show(ret)}"


def user_requirement(program, t: TCon, iface: str):
    """Does user-defined knowledge decide whether ``t`` implements ``iface``?

    Returns None to defer to the built-in table, else (holds, [(type, iface)]
    that must hold too)."""
    info = program.structs.get(t.name) or program.sums.get(t.name)
    for impl in program.impl_index.get((iface, t.name), ()):
        m: dict[int, Type] = {}
        if _match(impl.target, t, m):
            extra = [(m.get(pid, ERROR), b) for pid, bs in impl.bounds.items() for b in bs]
            return True, extra
    if info is not None and not isinstance(info, (StructInfo, SumInfo)):
        return None
    if info is None:
        return None
    if info.module == "<prelude>":
        decided = builtin_requirement(t, iface)
        if decided[0]:   # the built-in table knows more (e.g. Option is ToJson)
            return True, [(a, iface) for a in decided[1]]
    if iface in info.derives:
        return True, [(a, iface) for a in t.args]
    if iface == "Display" and "Debug" in info.derives:
        return True, [(a, "Debug") for a in t.args]
    if iface == "ToJson" and "Json" in info.derives:
        return True, [(a, "ToJson") for a in t.args]
    return False, []


def _match(pattern: Type, t: Type, m: dict[int, Type]) -> bool:
    pattern, t = prune(pattern), prune(t)
    if isinstance(pattern, TParam):
        m.setdefault(pattern.id, t)
        return True
    if isinstance(pattern, TCon) and isinstance(t, TCon):
        return pattern.name == t.name and len(pattern.args) == len(t.args) and all(
            _match(a, b, m) for a, b in zip(pattern.args, t.args))
    if isinstance(pattern, TTuple) and isinstance(t, TTuple):
        return len(pattern.elems) == len(t.elems) and all(
            _match(a, b, m) for a, b in zip(pattern.elems, t.elems))
    if isinstance(t, TFun) or isinstance(pattern, TFun):
        return pattern == t
    return not isinstance(t, (TCon, TTuple))  # a variable: may match later


def find_impl(program, iface_symbol: str, t: Type) -> tuple[ImplInfo, dict] | None:
    t = prune(t)
    head = t.name if isinstance(t, TCon) else None
    for impl in program.impl_index.get((iface_symbol, head), ()):
        m: dict[int, Type] = {}
        if _match(impl.target, t, m):
            return impl, m
    return None
