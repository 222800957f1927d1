"""Type annotations to types (spec 03 §3.2), over ``mesh_syntax.ast`` types.

Unknown names are E0043, wrong argument counts E0047, an unresolvable
`Self.X` E0042; each gives the error type so nothing cascades.  User types
come from the module's type namespace (own, imported, `Module.Type`);
aliases are expanded (transparent, spec 03 §7).
"""

from __future__ import annotations

from mesh_syntax import ast

from .. import errors
from ..declarations import AliasInfo, StructInfo, SumInfo
from ..suggest import closest
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
    substitute,
)

# built-in type constructors and their number of type arguments
BUILTIN_TYPES: dict[str, int] = {
    "Int": 0, "Float": 0, "Bool": 0, "String": 0, "Atom": 0, "Range": 0, "Ordering": 0,
    "Json": 0, "List": 1, "Set": 1, "Queue": 1, "Iter": 1, "Option": 1, "Map": 2,
    "Result": 2,
}
LEGACY_ITERATORS = {"ListIterator", "MapIterator", "SetIterator", "RangeIterator"}
_SIMPLE = {"Int": INT, "Float": FLOAT, "Bool": BOOL, "String": STRING, "Atom": ATOM}


class TypeLowering:
    """Turns annotation syntax into types in the scope of one definition."""

    def lower(self, checker, node, params: dict[str, Type] | None = None) -> Type:
        if node is None:
            return ERROR
        if not isinstance(node, ast.Type):
            node = ast.Type.cast(getattr(node, "syntax", node))
            if node is None:
                return ERROR
        if params is None:
            params = getattr(checker, "type_params", None) or {}
        return self._lower(checker, node, params)

    def _lower(self, checker, node, params: dict[str, Type]) -> Type:
        def lower(n):
            return self._lower(checker, n, params) if n is not None else ERROR
        if isinstance(node, ast.UnitType):
            return UNIT
        if isinstance(node, ast.ParenType):
            return lower(node.inner())
        if isinstance(node, ast.OptionType):
            return TCon("Option", (lower(node.inner()),))
        if isinstance(node, ast.ResultType):
            return TCon("Result", (lower(node.ok()), lower(node.err())))
        if isinstance(node, ast.TupleType):
            return TTuple(tuple(lower(k) for k in node.elements()))
        if isinstance(node, ast.FunType):
            return TFun(tuple(lower(k) for k in node.params()), lower(node.ret()))
        if isinstance(node, ast.NameType):
            return self._named(checker, node, [lower(k) for k in node.args()], params)
        return ERROR

    def _named(self, checker, node, args: list[Type], params: dict[str, Type]) -> Type:
        name = node.name()
        file = checker.file
        span = node.span
        if name in params:
            if args:
                checker.report(errors.type_arg_count(file, span, name, 0, len(args)))
                return ERROR
            return params[name]
        if name.startswith("Self.") or name == "Self":
            checker.report(errors.unresolved_self(file, span, name))
            return ERROR
        if name == "Pid":
            if len(args) > 1:
                checker.report(errors.type_arg_count(file, span, name, 1, len(args)))
                return ERROR
            return TCon("Pid", tuple(args))
        if name in LEGACY_ITERATORS and not args:
            return TCon("Iter", (checker.u.fresh(),))
        info = checker.program.lookup_type(checker.module, name)
        if info is not None:
            return self._user(checker, node, info, args)
        arity = BUILTIN_TYPES.get(name)
        if arity is None:
            # one report per unknown name and definition (no cascades)
            reported = checker.__dict__.setdefault("unknown_types", set())
            if name not in reported:
                reported.add(name)
                candidates = set(BUILTIN_TYPES) | set(params) | {"Pid"} \
                    | set(checker.module.types)
                checker.report(errors.unknown_type(file, span, name,
                                                   closest(name, candidates)))
            return ERROR
        if len(args) != arity:
            checker.report(errors.type_arg_count(file, span, name, arity, len(args)))
            return ERROR
        if not args:
            return _SIMPLE.get(name) or TCon(name)
        return TCon(name, tuple(args))

    def _user(self, checker, node, info, args: list[Type]) -> Type:
        name = node.name()
        if isinstance(info, AliasInfo):
            checker.program.expand_alias(info)
            if info.target is None:
                return ERROR
            if len(args) != len(info.params):
                checker.report(errors.type_arg_count(checker.file, node.span, name,
                                                     len(info.params), len(args)))
                return ERROR
            return substitute(info.target, {p.id: a for p, a in zip(info.params, args)})
        assert isinstance(info, (StructInfo, SumInfo))
        if not args and info.params and getattr(checker, "lenient_type_args", False):
            # `impl Show for Box` means `Box<fresh...>` (spec 03 §8.2)
            return TCon(info.symbol, tuple(checker.u.fresh() for _ in info.params))
        if len(args) != len(info.params):
            checker.report(errors.type_arg_count(checker.file, node.span, name,
                                                 len(info.params), len(args)))
            return ERROR
        return TCon(info.symbol, tuple(args))
