"""Constructors for every diagnostic the checker emits (spec 06 §4-5).

One function per code keeps the wording in one place, reviewed like code
(the golden tests snapshot it).  Types are printed with one
:class:`TypePrinter` per diagnostic so variables read `a`, `b`, ...
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Diagnostic, Label, Severity, Span

from .type_printer import TypePrinter
from .types import BOOL, FLOAT, INT, STRING, TFun, Type, prune


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def conversion_help(expected: Type, found: Type, found_is_int_literal: bool = False) -> list[str]:
    """Help for the mismatches that have an obvious fix (spec 06 §4, E0001)."""
    e, f = prune(expected), prune(found)
    if e == FLOAT and f == INT:
        if found_is_int_literal:
            return ["write a float literal such as `3.0`, or convert with `Float.from`"]
        return ["convert with `Int.to_float` or `Float.from`"]
    if e == INT and f == FLOAT:
        return ["convert with `Float.to_int` (truncates toward zero)"]
    if e == STRING and f in (INT, FLOAT, BOOL):
        return ["turn the value into text with `\"${...}\"` or `.to_string()`"]
    if e == INT and f == STRING:
        return ["convert the text with `String.to_int`, which returns `Int?`"]
    if e == FLOAT and f == STRING:
        return ["convert the text with `String.to_float`, which returns `Float?`"]
    return []


def type_mismatch(file: str, span: Span, expected: Type, found: Type, *,
                  origin: Label | None = None, help: list[str] | None = None,
                  printer: TypePrinter | None = None, label: str | None = None) -> Diagnostic:
    p = printer or TypePrinter()
    exp, got = p.show(expected), p.show(found)
    return Diagnostic(
        "E0001", f"expected `{exp}`, found `{got}`", file,
        Label(span, label if label is not None else f"this has type `{got}`"),
        [origin] if origin else [], list(help or []))


def infinite_type(file: str, span: Span, var: Type, containing: Type) -> Diagnostic:
    p = TypePrinter()
    v, t = p.show(var), p.show(containing)
    return Diagnostic(
        "E0002", f"infinite type: `{v}` occurs in `{t}`", file,
        Label(span, f"this would need `{v} = {t}`"), [],
        ["a value cannot contain itself; check how this value is used or annotate it"])


def wrong_arity(file: str, span: Span, what: str, expected: int, found: int,
                secondary: list[Label] | None = None) -> Diagnostic:
    if found < expected:
        help_ = [f"missing {_plural(expected - found, 'argument')}"]
    else:
        help_ = [f"remove {_plural(found - expected, 'argument')}"]
    return Diagnostic(
        "E0003", f"{what} takes {_plural(expected, 'argument')} but {found} "
        f"{'was' if found == 1 else 'were'} given", file,
        Label(span, f"expected {expected}, found {found}"), list(secondary or []), help_)


def tuple_arity(file: str, span: Span, expected: Type, found: Type,
                origin: Label | None = None) -> Diagnostic:
    p = TypePrinter()
    ne, nf = _arity(expected), _arity(found)
    kind = "function" if isinstance(prune(expected), TFun) else "tuple"
    unit = "parameter" if kind == "function" else "element"
    e = p.show(expected)
    return Diagnostic(
        "E0003", f"expected a {kind} of {_plural(ne, unit)} `{e}`, found one of "
        f"{_plural(nf, unit)}", file,
        Label(span, f"expected {ne} {unit}s, found {nf}"), [origin] if origin else [])


def _arity(t: Type) -> int:
    t = prune(t)
    return len(getattr(t, "elems", getattr(t, "params", ())))


def unknown_name(file: str, span: Span, name: str, suggestion: str | None,
                 extra_help: list[str] | None = None) -> Diagnostic:
    help_ = [f"did you mean `{suggestion}`?"] if suggestion else []
    help_ += list(extra_help or [])
    return Diagnostic("E0004", f"cannot find `{name}` in this scope", file,
                      Label(span, "not found in this scope"), [], help_)


def unknown_member(file: str, span: Span, module: str, name: str, suggestion: str | None,
                   available: list[str]) -> Diagnostic:
    help_ = [f"did you mean `{module}.{suggestion}`?"] if suggestion else []
    if available:
        help_.append(f"`{module}` provides: " + ", ".join(f"`{n}`" for n in available))
    return Diagnostic("E0004", f"cannot find `{name}` in module `{module}`", file,
                      Label(span, f"not found in `{module}`"), [], help_)


def not_a_function(file: str, span: Span, ty: Type) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0005", f"`{t}` is not a function", file,
                      Label(span, f"this has type `{t}`, which is not a function"), [],
                      ["remove the argument list"])


def missing_impl(file: str, span: Span, ty: Type, iface: str, op: str | None = None) -> Diagnostic:
    t = TypePrinter().show(ty)
    if iface == "Concat":
        return type_mismatch(file, span, STRING, ty, label=f"`{op or '<>'}` needs `String` "
                             "or `List` operands", help=conversion_help(STRING, ty))
    if op is not None:
        msg = f"`{t}` does not implement `{iface}`, required by `{op}`"
        label = f"`{op}` is not defined for `{t}`"
    else:
        msg = f"`{t}` does not implement `{iface}`"
        label = f"`{t}` does not implement `{iface}`"
    help_ = []
    if op in ("+",) and prune(ty) == STRING:
        help_.append("use `<>` to concatenate strings")
    else:
        help_.append(f"add `impl {iface} for {t} do ... end`")
    return Diagnostic("E0006", msg, file, Label(span, label), [], help_)


def non_exhaustive(file: str, span: Span, ty: Type, missing: list[str], more: int) -> Diagnostic:
    t = TypePrinter().show(ty)
    listed = ", ".join(f"`{m}`" for m in missing)
    if more:
        listed += f" and {more} more"
    return Diagnostic(
        "E0012", f"non-exhaustive patterns: {listed} not covered (matching on `{t}`)", file,
        Label(span, f"patterns {listed} not covered"), [],
        ["add arms for the missing patterns, or a `_` arm"])


def redundant_arm(file: str, span: Span, position: int, noun: str = "arm") -> Diagnostic:
    return Diagnostic(
        "W0001", f"unreachable pattern: {noun} {position} matches nothing that earlier "
        f"{noun}s do not", file, Label(span, f"this {noun} is unreachable"), [],
        ["remove it, or move it before the arms that already cover it"],
        severity=Severity.WARNING)


def forbidden_in_guard(file: str, span: Span, construct: str) -> Diagnostic:
    return Diagnostic(
        "E0013", f"`{construct}` is not allowed in a guard", file,
        Label(span, f"`{construct}` in a guard"), [],
        ["bind the value before the match and test it in the guard"])


def guard_not_bool(file: str, span: Span, ty: Type) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0025", f"guard must be `Bool`, found `{t}`", file,
                      Label(span, f"this guard has type `{t}`"), [],
                      ["a guard is a condition; compare the value, e.g. `x when x > 0`"])


def module_not_found(file: str, span: Span, module: str, suggestion: str | None) -> Diagnostic:
    help_ = [f"did you mean `{suggestion}`?"] if suggestion else []
    return Diagnostic("E0031", f"module `{module}` not found", file,
                      Label(span, "no such module"), [], help_)


def outside_loop(file: str, span: Span, keyword: str, in_closure: bool) -> Diagnostic:
    code = "E0032" if keyword == "break" else "E0033"
    help_ = ["loops do not extend into closures"] if in_closure else []
    return Diagnostic(code, f"`{keyword}` outside of a loop", file,
                      Label(span, f"`{keyword}` can only be used inside `for` or `while`"),
                      [], help_)


def no_such_import(file: str, span: Span, name: str, module: str, public: list[str]) -> Diagnostic:
    help_ = []
    if public:
        help_.append(f"`{module}` exports: " + ", ".join(f"`{n}`" for n in public))
    return Diagnostic("E0034", f"module `{module}` has no item `{name}`", file,
                      Label(span, f"`{name}` is not defined in `{module}`"), [], help_)


def private_item(file: str, span: Span, name: str, module: str,
                 definition: Label | None = None, keyword: str = "fn") -> Diagnostic:
    return Diagnostic("E0035", f"`{name}` is private to module `{module}`", file,
                      Label(span, "private item"), [definition] if definition else [],
                      [f"mark its definition `pub {keyword} {name}` to use it from another "
                       "module"])


def import_cycle(file: str, span: Span, cycle: list[str]) -> Diagnostic:
    chain = " -> ".join(cycle + [cycle[0]])
    return Diagnostic("C0001", f"import cycle: {chain}", file,
                      Label(span, "this import closes the cycle"), [],
                      ["move the shared items into a module both can import"])


def unknown_type(file: str, span: Span, name: str, suggestion: str | None) -> Diagnostic:
    help_ = [f"did you mean `{suggestion}`?"] if suggestion else []
    if len(name) <= 2 and name[:1].isupper():
        help_.append(f"if `{name}` is a type parameter, declare it: `fn name<{name}>(...)`")
    return Diagnostic("E0043", f"unknown type `{name}`", file,
                      Label(span, "not a known type"), [], help_)


def unknown_interface(file: str, span: Span, name: str) -> Diagnostic:
    return Diagnostic("E0044", f"unknown interface `{name}`", file,
                      Label(span, "not a known interface"), [])


def duplicate(file: str, span: Span, what: str, name: str, first: Label) -> Diagnostic:
    return Diagnostic("E0045", f"duplicate {what} `{name}`", file,
                      Label(span, "defined again here"), [first])


def type_arg_count(file: str, span: Span, name: str, expected: int, found: int) -> Diagnostic:
    return Diagnostic("E0047", f"type `{name}` takes {expected} type argument"
                      f"{'' if expected == 1 else 's'} but {found} were given", file,
                      Label(span, f"expected {expected}, found {found}"), [])


def annotation_needed(file: str, span: Span, what: str, ty: Type | None = None,
                      help_: str = "add a type annotation, e.g. on the parameter: `x :: Int`"
                      ) -> Diagnostic:
    extra = f" (so far `{TypePrinter().show(ty)}`)" if ty is not None else ""
    return Diagnostic("E0048", f"type annotation needed: cannot infer the type of {what}{extra}",
                      file, Label(span, "the type of this is not known here"), [], [help_])


def refutable_let(file: str, span: Span, where: str = "`let`") -> Diagnostic:
    return Diagnostic("E0050", f"refutable pattern in {where}", file,
                      Label(span, "this pattern might not match"), [],
                      ["use `case` to match values that may have other shapes"])


def int_out_of_range(file: str, span: Span, text: str) -> Diagnostic:
    return Diagnostic(
        "E0051", f"integer literal `{text}` is out of range for `Int`", file,
        Label(span, "does not fit in 64 bits"), [],
        ["`Int` ranges from -9223372036854775808 to 9223372036854775807"])


def float_out_of_range(file: str, span: Span, text: str) -> Diagnostic:
    return Diagnostic("E0051", f"float literal `{text}` is out of range for `Float`", file,
                      Label(span, "overflows to infinity"), [])


def ambiguous_import(file: str, span: Span, name: str, first: Label) -> Diagnostic:
    return Diagnostic("E0052", f"ambiguous name `{name}`", file,
                      Label(span, "imported again here"), [first],
                      ["import only one of them, or use the qualified form `Module.name`"])


def underscore_value(file: str, span: Span) -> Diagnostic:
    return Diagnostic("E0053", "`_` cannot be used as a value", file,
                      Label(span, "`_` is only a pattern"), [],
                      ["`_` only matches and discards a value; give it a name to use it"])


def duplicate_binding(file: str, span: Span, name: str, first: Span) -> Diagnostic:
    return Diagnostic("E0054", f"`{name}` is bound more than once in this pattern", file,
                      Label(span, "bound again here"), [Label(first, "first bound here")])


def missing_main(file: str, span: Span) -> Diagnostic:
    return Diagnostic("E0055", "the entry module has no `fn main()`", file,
                      Label(span, "`main` is missing from this file"), [],
                      ["add `fn main() do ... end`"])


def main_with_params(file: str, span: Span, count: int) -> Diagnostic:
    return Diagnostic("E0055", f"`main` must take no parameters, found {count}", file,
                      Label(span, "`main` is the program entry and takes no parameters"), [],
                      ["read command-line arguments with the `Env` module"])


def internal_error(detail: str) -> Diagnostic:
    return Diagnostic("C0001", f"internal compiler error: {detail}", None, None, [],
                      ["this is a bug in the Mesh compiler; please report it with the program"])


def unsupported(file: str, span: Span, construct: str) -> Diagnostic:
    return Diagnostic("C0001", f"{construct} is not supported by this version of the compiler",
                      file, Label(span, "not supported yet"), [])


def no_method(file: str, span: Span, name: str, ty: Type) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0030", f"no method `{name}` for type `{t}`", file,
                      Label(span, f"`{t}` has no method `{name}`"), [])


def bad_slot(file: str, span: Span, slot: int, positional: int | None) -> Diagnostic:
    if positional is None:
        return Diagnostic("E0003", f"`|{slot}>` needs a call on its right side", file,
                          Label(span, "not a call"), [],
                          ["write the call with its other arguments, e.g. `x |2> f(a)`"])
    return Diagnostic("E0003", f"`|{slot}>` inserts argument {slot}, but the call has "
                      f"{positional} positional argument{'s' if positional != 1 else ''}", file,
                      Label(span, f"expected a slot from 1 to {positional + 1}, found {slot}"), [])


def unresolved_self(file: str, span: Span, name: str) -> Diagnostic:
    return Diagnostic("E0042", f"cannot resolve `{name}` here", file,
                      Label(span, "not an associated type in scope"), [],
                      [("`Self` and `Self.X` are only valid inside an interface or impl "
                       "declaring them")])


def derive_field(file: str, span: Span, type_name: str, field: str, ty: Type,
                 iface: str) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0006", f"cannot derive `{iface}` for `{type_name}`: field `{field}` "
                      f"of type `{t}` does not implement `{iface}`", file,
                      Label(span, f"`{t}` does not implement `{iface}`"), [],
                      [(f"add `impl {iface} for {t} do ... end`, or remove `{iface}` from the "
                       "deriving list")])


def unknown_field(file: str, span: Span, struct: str, field: str,
                  suggestion: str | None) -> Diagnostic:
    help_ = [f"did you mean `{suggestion}`?"] if suggestion else []
    return Diagnostic("E0009", f"struct `{struct}` has no field `{field}`", file,
                      Label(span, f"unknown field `{field}`"), [], help_)


def missing_fields(file: str, span: Span, struct: str, fields: list[str]) -> Diagnostic:
    listed = ", ".join(f"`{f}`" for f in fields)
    return Diagnostic("E0009", f"missing field{'s' if len(fields) > 1 else ''} {listed} in "
                      f"struct `{struct}`", file, Label(span, f"missing {listed}"), [],
                      [f"add `{f}: <value>`" for f in fields])


def no_field(file: str, span: Span, ty: Type, field: str) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0009", f"type `{t}` has no field `{field}`", file,
                      Label(span, f"no field `{field}` on `{t}`"), [])


def not_a_struct(file: str, span: Span, what: str) -> Diagnostic:
    return Diagnostic("E0049", f"{what} is not a struct", file,
                      Label(span, "expected a struct"), [])


def unknown_ctor(file: str, span: Span, name: str, suggestion: str | None) -> Diagnostic:
    help_ = [f"did you mean `{suggestion}`?"] if suggestion else []
    return Diagnostic("E0010", f"unknown constructor `{name}`", file,
                      Label(span, "no variant of this name is in scope"), [], help_)


def ambiguous_ctor(file: str, span: Span, name: str, sums: list[str]) -> Diagnostic:
    return Diagnostic("E0052", f"ambiguous name `{name}`: a variant of "
                      + " and ".join(f"`{s}`" for s in sums), file,
                      Label(span, "several sum types have this variant"), [],
                      [f"qualify it: `{sums[0]}.{name}`"])


def or_pattern_bindings(file: str, span: Span, left: list[str], right: list[str]) -> Diagnostic:
    def show(ns):
        return "{" + ", ".join(ns) + "}"
    return Diagnostic("E0011", "or-pattern alternatives bind different names", file,
                      Label(span, f"binds {show(right)}"), [],
                      [(f"the first alternative binds {show(left)}; every alternative must "
                       "bind the same names")])


def ambiguous_method(file: str, span: Span, method: str, ty: Type,
                     candidates: list[str]) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0027", f"ambiguous method `{method}` for `{t}`: provided by "
                      + ", ".join(f"`{c}`" for c in candidates), file,
                      Label(span, "several interfaces match"), [],
                      ["call it qualified: " + ", ".join(f"`{c}.{method}(x)`"
                                                          for c in candidates)])


def try_bad_operand(file: str, span: Span, ty: Type) -> Diagnostic:
    t = TypePrinter().show(ty)
    return Diagnostic("E0037", f"`?` applied to `{t}`, which is neither `Result` nor `Option`",
                      file, Label(span, f"this has type `{t}`"), [],
                      ["`?` propagates an `Err` or `None`; match other values with `case`"])


def try_bad_return(file: str, span: Span, ret: Type | None, need: str,
                   no_from: Type | None = None) -> Diagnostic:
    p = TypePrinter()
    where = f"returns `{p.show(ret)}`" if ret is not None else "is a module constant"
    a = "an" if need[0] in "AEIOU" else "a"
    help_ = [f"`?` on {a} `{need}` needs the enclosing function to return {a} `{need}`"]
    if no_from is not None:
        help_ = [(f"no `From` impl converts the error `{p.show(no_from[0])}` into "
                 f"`{p.show(no_from[1])}`")]
    return Diagnostic("E0036", f"`?` cannot be used here: the enclosing function {where}",
                      file, Label(span, f"`?` needs {a} `{need}` return type"), [], help_)


# ---------------------------------------------------------------- concurrency (spec 10, 06 §4)

def send_mismatch(file: str, span: Span, expected: Type, found: Type,
                  origin: Label | None) -> Diagnostic:
    p = TypePrinter()
    exp, got = p.show(expected), p.show(found)
    return Diagnostic(
        "E0014", f"`send` expects a message of type `{exp}`, found `{got}`", file,
        Label(span, f"this message has type `{got}`"), [origin] if origin else [],
        [f"this process only accepts `{exp}` messages; send one of those, or type the PID "
         "as the untyped `Pid` to send anything"])


def self_outside(file: str, span: Span) -> Diagnostic:
    return Diagnostic(
        "E0015", "`self()` is only available inside an actor, a service handler or `main`",
        file, Label(span, "not inside an actor, a service handler or `main`"), [],
        ["pass the PID to this function as a parameter"])


def not_spawnable(file: str, span: Span, keyword: str, what: str,
                  actor_use: bool = False) -> Diagnostic:
    if actor_use:
        return Diagnostic(
            "E0016", f"{what}", file, Label(span, "an actor is not a function"), [],
            ["an actor name may only be passed to `spawn`/`spawn_link`, or called in tail "
             "position of its own body"])
    return Diagnostic(
        "E0016", f"cannot `{keyword}` this: {what}", file,
        Label(span, "not spawnable"), [],
        [f"`{keyword}` takes an actor (with its arguments), a supervisor, or a closure of "
         "type `Fun() -> ()`"])


def receive_outside(file: str, span: Span, in_handler: bool) -> Diagnostic:
    where = "inside a service handler" if in_handler else "outside an actor or `main`"
    return Diagnostic(
        "E0017", f"`receive` is not allowed {where}", file,
        Label(span, "`receive` here"), [],
        ["`receive` is allowed only in an actor body or in `main` (service handlers get "
         "their messages through `call`/`cast`)"])


def non_tail_self_call(file: str, span: Span, actor: str) -> Diagnostic:
    return Diagnostic(
        "E0101", f"actor re-entry must be a tail call: `{actor}` is called here before "
        "the end of its body", file, Label(span, "not in tail position"), [],
        [f"make the call to `{actor}` the last expression of the body (it continues the "
         "same process with new arguments)"])


def service_name_clash(file: str, span: Span, name: str, first: Label | None) -> Diagnostic:
    if first is None:
        return Diagnostic(
            "E0102", f"service operation `{name}` is reserved", file,
            Label(span, f"this handler would generate `{name}`"), [],
            ["`start` is generated for every service; rename the handler"])
    return Diagnostic(
        "E0102", f"two service handlers generate the function `{name}`", file,
        Label(span, f"this one generates `{name}`"), [first],
        ["rename one of the handlers"])


def partial_message_type(file: str, span: Span, who: str, ty: Type) -> Diagnostic:
    p = TypePrinter()
    return Diagnostic(
        "E0103", f"the message type of {who} is only partly inferred: `{p.show(ty)}`", file,
        Label(span, f"messages here have type `{p.show(ty)}`"), [],
        ["annotate the receive pattern's variables, e.g. `let n :: Int = x` in the arm"])


def bad_child_start(file: str, span: Span, child: str, found: Type | None) -> Diagnostic:
    if found is None:
        return Diagnostic(
            "E0018", f"child `{child}` has no `start`", file, Label(span, "no `start` clause"),
            [], ["add `start: fn -> spawn(...) end`"])
    shown = TypePrinter().show(found)
    return Diagnostic(
        "E0018", f"the `start` of child `{child}` must have type `Fun() -> Pid<_>`, found "
        f"`{shown}`", file, Label(span, f"this has type `{shown}`"), [],
        ["write a zero-argument closure returning a PID, e.g. `fn -> spawn(worker) end`"])


STRATEGIES = ("one_for_one", "one_for_all", "rest_for_one", "simple_one_for_one")
RESTARTS = ("permanent", "transient", "temporary")


def unknown_strategy(file: str, span: Span, found: str) -> Diagnostic:
    return Diagnostic(
        "E0019", f"unknown supervisor strategy `{found}`", file,
        Label(span, "unknown strategy"), [],
        ["the strategies are " + ", ".join(f"`{s}`" for s in STRATEGIES)])


def duplicate_child(file: str, span: Span, name: str, first: Span) -> Diagnostic:
    return Diagnostic(
        "E0019", f"duplicate child `{name}` in supervisor", file,
        Label(span, "defined again here"), [Label(first, "first defined here")],
        ["give every child a distinct name"])


def unknown_restart(file: str, span: Span, found: str) -> Diagnostic:
    return Diagnostic(
        "E0020", f"unknown restart type `{found}`", file, Label(span, "unknown restart type"),
        [], ["`restart` is `permanent`, `transient` or `temporary`"])


def bad_shutdown(file: str, span: Span, written: str) -> Diagnostic:
    return Diagnostic(
        "E0021", f"invalid child shutdown `{written}`", file,
        Label(span, "not a shutdown value"), [],
        ["`shutdown` is a positive number of milliseconds or `brutal_kill`"])


def unused_binding(file: str, span: Span, name: str) -> Diagnostic:
    return Diagnostic(
        "W0003", f"unused binding `{name}`", file, Label(span, "never used"), [],
        [f"prefix it with `_` to silence this warning: `_{name}`"],
        severity=Severity.WARNING)


def operator_output_mismatch(file: str, span: Span, ty: str, iface: str, output: str,
                             needed: str) -> Diagnostic:
    return Diagnostic(
        "E0001", f"expected `{needed}`, found `{output}`: the `Output` of `{iface}` for `{ty}`",
        file, Label(span, f"the `{iface}` impl of `{ty}` gives `{output}`, this use needs "
                          f"`{needed}`"), [],
        [f"the called function's signature makes the operator's result `{needed}`; leave its "
         "return type unannotated to take the impl's `Output`, or give the impl that `Output`"])


def row_field(file: str, span: Span, type_name: str, field: str, ty: Type) -> Diagnostic:
    shown = TypePrinter().show(ty)
    return Diagnostic(
        "E0039", f"`{type_name}` derives `Row` but field `{field}` has type `{shown}`, which "
        "cannot be read from a row", file, Label(span, f"`{shown}` is not a column type"), [],
        ["`Row` fields may be `String`, `Int`, `Float`, `Bool` or an `Option` of those"])


def json_field(file: str, span: Span, type_name: str, field: str, ty: Type) -> Diagnostic:
    shown = TypePrinter().show(ty)
    return Diagnostic(
        "E0038", f"`{type_name}` derives `Json` but field `{field}` has type `{shown}`, which "
        "cannot be serialised", file, Label(span, f"`{shown}` is not serialisable"), [],
        ["JSON fields may be `Int`, `Float`, `Bool`, `String`, `Option<T>`, `List<T>`, "
         "`Map<String, T>` or types deriving `Json`"])
