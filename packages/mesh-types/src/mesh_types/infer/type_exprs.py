"""Type annotations to types (spec 03 §3.2).

Works on the syntax tree's type nodes directly (their shape is simple and
fixed by the grammar of spec 02 §7).  Unknown names are E0043, wrong
argument counts E0047; both give the error type so nothing cascades.
"""

from __future__ import annotations

from .. import errors
from ..suggest import closest
from ..syntax_view import text_of
from ..types import (
    ATOM,
    BOOL,
    ERROR,
    FLOAT,
    INT,
    STRING,
    UNIT,
    TCon,
    TFun,
    TTuple,
    Type,
)

TYPE_KINDS = {"NAME_TYPE", "OPTION_TYPE", "RESULT_TYPE", "TUPLE_TYPE", "UNIT_TYPE",
              "PAREN_TYPE", "FUN_TYPE"}

# built-in type constructors and their number of type arguments
BUILTIN_TYPES: dict[str, int] = {
    "Int": 0, "Float": 0, "Bool": 0, "String": 0, "Atom": 0, "Range": 0, "Ordering": 0,
    "Json": 0, "List": 1, "Set": 1, "Queue": 1, "Iter": 1, "Option": 1, "Map": 2,
    "Result": 2,
}
_SIMPLE = {"Int": INT, "Float": FLOAT, "Bool": BOOL, "String": STRING, "Atom": ATOM}


def syntax_of(node):
    return getattr(node, "syntax", node)


def type_children(syntax) -> list:
    """Type nodes directly inside ``syntax``, looking through list wrappers."""
    out = []
    for child in syntax.children():
        kind = child.kind.name
        if kind in TYPE_KINDS:
            out.append(child)
        elif kind in ("TYPE_ARG_LIST", "PARAM_LIST", "RET_TYPE", "TYPE_ANN"):
            out.extend(type_children(child))
    return out


class TypeLowering:
    """Turns annotation syntax into types in the scope of one definition."""

    def lower(self, checker, node, params: dict[str, Type] | None = None) -> Type:
        syntax = syntax_of(node)
        if syntax is None:
            return ERROR
        if syntax.kind.name not in TYPE_KINDS:
            inner = type_children(syntax)
            if not inner:
                return ERROR
            syntax = inner[0]
        if params is None:
            params = getattr(checker, "type_params", None) or {}
        return self._lower(checker, syntax, params)

    def _lower(self, checker, syntax, params: dict[str, Type]) -> Type:
        kind = syntax.kind.name
        kids = type_children(syntax)
        lower = lambda s: self._lower(checker, s, params)
        if kind == "UNIT_TYPE":
            return UNIT
        if kind == "PAREN_TYPE":
            return lower(kids[0]) if kids else ERROR
        if kind == "OPTION_TYPE":
            return TCon("Option", (lower(kids[0]),)) if kids else ERROR
        if kind == "RESULT_TYPE":
            if len(kids) < 2:
                return ERROR
            return TCon("Result", (lower(kids[0]), lower(kids[1])))
        if kind == "TUPLE_TYPE":
            return TTuple(tuple(lower(k) for k in kids))
        if kind == "FUN_TYPE":
            if not kids:
                return ERROR
            return TFun(tuple(lower(k) for k in kids[:-1]), lower(kids[-1]))
        if kind == "NAME_TYPE":
            return self._named(checker, syntax, [lower(k) for k in kids], params)
        return ERROR

    def _named(self, checker, syntax, args: list[Type], params: dict[str, Type]) -> Type:
        name = "".join(text_of(t) for t in syntax.children_with_tokens()
                       if t.kind.name in ("IDENT", "DOT"))
        file = checker.file
        if name in params:
            if args:
                checker.report(errors.type_arg_count(file, syntax.span, name, 0, len(args)))
                return ERROR
            return params[name]
        if name == "Pid":
            if len(args) > 1:
                checker.report(errors.type_arg_count(file, syntax.span, name, 1, len(args)))
                return ERROR
            return TCon("Pid", tuple(args))
        arity = BUILTIN_TYPES.get(name)
        if arity is None:
            # one report per unknown name and definition (no cascades)
            reported = checker.__dict__.setdefault("unknown_types", set())
            if name not in reported:
                reported.add(name)
                candidates = set(BUILTIN_TYPES) | set(params) | {"Pid"}
                checker.report(errors.unknown_type(file, syntax.span, name,
                                                   closest(name, candidates)))
            return ERROR
        if len(args) != arity:
            checker.report(errors.type_arg_count(file, syntax.span, name, arity, len(args)))
            return ERROR
        if not args:
            return _SIMPLE.get(name) or TCon(name)
        return TCon(name, tuple(args))
