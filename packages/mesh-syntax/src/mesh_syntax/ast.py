"""Typed AST layer: thin wrappers over red nodes with accessor methods.

Every wrapper has ``.syntax`` (the :class:`SyntaxNode`) and ``.span``.  Every
accessor returns ``None`` (or an empty list) when that part is missing, which
happens in trees recovered from syntax errors.  ``Expr.cast``,
``Pattern.cast``, ``Type.cast`` and ``Item.cast`` pick the concrete class for a
node (or return None when the node is not of that category).

API (class: accessors)
----------------------
SourceFile: items() -> [Item], module_doc() -> str|None
Item = FnDef | LetStmt (module constant) | ImportDecl | FromImport | StructDef | SumTypeDef
       | TypeAlias | InterfaceDef | ImplDef | ModuleDef | ActorDef | ServiceDef
       | SupervisorDef | TestDef
  common on named items: name() -> str|None, name_token(), is_pub(), doc() -> str|None
ImportDecl: path() -> [str]
FromImport: path() -> [str], names() -> [str], name_tokens()
FnDef: keyword() ('fn'|'def'), generic_params() -> [str], params() -> [Param],
       has_param_list(), ret_type() -> Type, where_bounds() -> [Bound], guard() -> Expr,
       body() -> Block|Expr, has_expr_body()
Param: pattern() -> Pattern, is_self(), name() -> str|None (plain name), type_ann() -> Type
Bound: param() -> str, interface_path() -> [str]
Block: stmts() -> [LetStmt | Expr], tail_expr() -> Expr|None (last stmt if an Expr)
LetStmt: pattern() -> Pattern, type_ann() -> Type, value() -> Expr
StructDef: generic_params(), fields() -> [FieldDef], schema_options() -> [SchemaOption],
           deriving() -> [str]|None (None: no clause)
FieldDef: name(), type()        SchemaOption: name(), args() -> [Expr]
SumTypeDef: generic_params(), variants() -> [Variant], deriving()
Variant: name(), fields() -> [VariantField], has_parens()
VariantField: name() -> str|None (named field), type()
TypeAlias: generic_params(), type()
InterfaceDef: generic_params(), assoc_types() -> [AssocType], methods() -> [FnDef]
ImplDef: interface() -> NameType, target() -> Type, where_bounds(), assoc_types(), methods()
AssocType: name(), type() (None in an interface)
ModuleDef: items()
ActorDef: params(), body() -> Block, terminate() -> TerminateClause
TerminateClause: body() -> Block
ServiceDef: fns() -> [FnDef], handlers() -> [CallHandler | CastHandler]
CallHandler / CastHandler: kind ('call'|'cast'), name(), params(), reply_type() (call only),
                           state_name() -> str|None, body() -> Block
SupervisorDef: options() -> [SupOption], children() -> [ChildSpec]
SupOption: key() -> str, value() -> Expr      ChildSpec: name(), options() -> [SupOption]
TestDef: label() -> str|None, body() -> Block

Expr kinds:
IntLit.value() -> int|None (unbounded; range is the type checker's job)
FloatLit.value() -> float|None      BoolLit.value() -> bool      NilLit, UnitExpr
AtomLit.name() -> str               StringLit.parts() -> [str | Expr], is_interpolated(),
                                    value() -> str|None (when not interpolated)
NameRef.name()                      SelfExpr
ParenExpr.expr()                    TupleExpr.elements()       ListExpr.elements()
MapExpr.entries() -> [MapEntry]     MapEntry.key(), value()
StructLit.type_path() -> [str], fields() -> [FieldInit]      FieldInit.name(), value()
StructUpdate.base(), fields()       JsonLit.fields()
ClosureExpr.clauses() -> [ClosureClause]
ClosureClause.params() -> [Param], guard(), body() -> Block, is_do_body()
DoExpr.block()
IfExpr.cond(), then_block(), else_branch() -> Block | IfExpr | None
CaseExpr.keyword() ('case'|'match'), scrutinee(), arms() -> [MatchArm]
MatchArm.pattern(), guard(), body()
ForExpr.pattern(), iterable(), filter(), body()       WhileExpr.cond(), body()
BreakExpr, ContinueExpr             ReturnExpr.value()
SpawnExpr / SendExpr / LinkExpr: args() -> ArgList       SelfCall
ReceiveExpr.arms(), after() -> AfterClause            AfterClause.timeout(), body()
BinaryExpr.op() -> str, op_token(), lhs(), rhs()
PrefixExpr.op() -> str, operand()
PipeExpr.lhs(), rhs(), slot() -> int (1 for `|>`), op()
CallExpr.callee(), args() -> ArgList
MethodCallExpr.receiver(), name(), name_token(), args(), receiver_path() -> [str]|None
FieldExpr.receiver(), name(), name_token(), path() -> [str]|None (dotted names)
ArgList.args() -> [Expr] (positional), kw_args() -> [KwArg]
KwArg.name(), value()
IndexExpr.base(), index()           TryExpr.expr()

Pattern kinds:
WildcardPat    IdentPat.name()     UnitPat    ParenPat.pattern()   TuplePat.elements()
ListPat (only `[]`)
LiteralPat: literal_kind() -> SyntaxKind (INT|FLOAT|STRING_START|ATOM|TRUE_KW|FALSE_KW|NIL_KW),
            is_negative(), value() -> int|float|str|bool|None, atom_name()
ConstructorPat.path() -> [str] (e.g. ['Shape', 'Circle']), name(), args() -> [Pattern],
               has_args()
OrPat.alternatives()   ConsPat.head(), tail()   AsPat.pattern(), name()

Type kinds:
NameType.path() -> [str], name() -> str (joined with '.'), args() -> [Type]
OptionType.inner()   ResultType.ok(), err()   TupleType.elements()   UnitType
ParenType.inner()    FunType.params(), ret()
"""

from __future__ import annotations

from typing import ClassVar

from .diagnostics import Span
from .syntax_kind import SyntaxKind as K
from .tree import GreenToken, SyntaxNode, SyntaxToken


class AstNode:
    """Base of all wrappers."""

    KIND: ClassVar[K]
    __slots__ = ("syntax",)

    def __init__(self, syntax: SyntaxNode) -> None:
        self.syntax = syntax

    @property
    def span(self) -> Span:
        return self.syntax.span

    def text(self) -> str:
        return self.syntax.text()

    @classmethod
    def cast(cls, node: SyntaxNode | None):
        if node is None:
            return None
        klass = _BY_KIND.get(node.kind)
        if klass is not None and issubclass(klass, cls):
            return klass(node)
        return None

    # --- helpers for subclasses ---
    def _nodes(self, category: type) -> list:
        return [w for w in (category.cast(c) for c in self.syntax.children()) if w is not None]

    def _node(self, category: type, nth: int = 0):
        i = 0
        for c in self.syntax.children():
            w = category.cast(c)
            if w is not None:
                if i == nth:
                    return w
                i += 1
        return None

    def _child_kind(self, kind: K) -> SyntaxNode | None:
        for c in self.syntax.children():
            if c.kind is kind:
                return c
        return None

    def _token(self, kind: K) -> SyntaxToken | None:
        for c in self.syntax.children_with_tokens():
            if isinstance(c, SyntaxToken) and c.kind is kind:
                return c
        return None

    def _tokens(self, kind: K) -> list[SyntaxToken]:
        return [c for c in self.syntax.children_with_tokens()
                if isinstance(c, SyntaxToken) and c.kind is kind]

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.syntax == self.syntax

    def __hash__(self) -> int:
        return hash(self.syntax)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.syntax!r})"


_BY_KIND: dict[K, type[AstNode]] = {}


def _register(cls):
    _BY_KIND[cls.KIND] = cls
    return cls


# ---------------------------------------------------------------- categories

class Item(AstNode):
    """Anything that may appear at the top level of a file or inline module."""

    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def is_pub(self) -> bool:
        return self._token(K.PUB_KW) is not None

    def doc(self) -> str | None:
        """Text of the `##` comments directly above the item (without `## `)."""
        parent = self.syntax.parent
        if parent is None:
            return None
        siblings = parent.green.children  # green walk: no offsets needed, O(lines)
        lines: list[str] = []
        newlines = 0
        i = self.syntax.index - 1
        while i >= 0:
            el = siblings[i]
            if not isinstance(el, GreenToken) or el.kind not in (K.WHITESPACE, K.NEWLINE,
                                                                 K.DOC_COMMENT):
                break
            if el.kind is K.DOC_COMMENT:
                lines.append(el.text[2:].removeprefix(" "))
                newlines = 0
            elif el.kind is K.NEWLINE:
                newlines += 1
                if newlines > 1:
                    break
            i -= 1
        return "\n".join(reversed(lines)) if lines else None

    def generic_params(self) -> list[str]:
        gp = self._child_kind(K.GENERIC_PARAMS)
        if gp is None:
            return []
        return [t.text for t in gp.children_with_tokens()
                if isinstance(t, SyntaxToken) and t.kind is K.IDENT]


class Expr(AstNode):
    """Any expression."""

    __slots__ = ()


class Pattern(AstNode):
    """Any pattern."""

    __slots__ = ()


class Type(AstNode):
    """Any type expression."""

    __slots__ = ()


class Stmt(AstNode):
    """A block statement that is not an expression (only `let`)."""

    __slots__ = ()


def _path_tokens(node: SyntaxNode) -> list[str]:
    return [t.text for t in node.children_with_tokens()
            if isinstance(t, SyntaxToken) and t.kind is K.IDENT]


# ---------------------------------------------------------------- file and items

@_register
class SourceFile(AstNode):
    """The root of a file."""

    KIND = K.SOURCE_FILE
    __slots__ = ()

    def items(self) -> list[Item]:
        return self._nodes(Item)

    def module_doc(self) -> str | None:
        lines = [t.text[3:].removeprefix(" ") for t in self._tokens(K.MODULE_DOC_COMMENT)]
        return "\n".join(lines) if lines else None


@_register
class ImportDecl(Item):
    """`import A.B.C`."""

    KIND = K.IMPORT_DECL
    __slots__ = ()

    def path(self) -> list[str]:
        mp = self._child_kind(K.MODULE_PATH)
        return _path_tokens(mp) if mp else []


@_register
class FromImport(Item):
    """`from A.B import x, Y`."""

    KIND = K.FROM_IMPORT
    __slots__ = ()

    def path(self) -> list[str]:
        mp = self._child_kind(K.MODULE_PATH)
        return _path_tokens(mp) if mp else []

    def name_tokens(self) -> list[SyntaxToken]:
        out = []
        for c in self.syntax.children():
            if c.kind is K.IMPORT_NAME:
                tok = c.first_token()
                if tok is not None:
                    out.append(tok)
        return out

    def names(self) -> list[str]:
        return [t.text for t in self.name_tokens()]


@_register
class Param(AstNode):
    """One function or closure parameter."""

    KIND = K.PARAM
    __slots__ = ()

    def is_self(self) -> bool:
        return self._token(K.SELF_KW) is not None

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)

    def name(self) -> str | None:
        pat = self.pattern()
        return pat.name() if isinstance(pat, IdentPat) else ("self" if self.is_self() else None)

    def type_ann(self) -> Type | None:
        ann = self._child_kind(K.TYPE_ANN)
        return _node_in(ann, Type)


def _node_in(node: SyntaxNode | None, category: type, nth: int = 0):
    if node is None:
        return None
    i = 0
    for c in node.children():
        w = category.cast(c)
        if w is not None:
            if i == nth:
                return w
            i += 1
    return None


def _node_list(node: SyntaxNode | None, category: type) -> list:
    if node is None:
        return []
    return [w for w in (category.cast(c) for c in node.children()) if w is not None]


def _params_of(node: AstNode) -> list[Param]:
    pl = node._child_kind(K.PARAM_LIST)
    if pl is None:
        return []
    return [Param(c) for c in pl.children() if c.kind is K.PARAM]


@_register
class Bound(AstNode):
    """`T: Interface` in a `where` clause."""

    KIND = K.BOUND
    __slots__ = ()

    def param(self) -> str | None:
        tok = self._token(K.IDENT)
        return tok.text if tok else None

    def interface_path(self) -> list[str]:
        mp = self._child_kind(K.MODULE_PATH)
        return _path_tokens(mp) if mp else []


def _where_bounds(node: AstNode) -> list[Bound]:
    wc = node._child_kind(K.WHERE_CLAUSE)
    if wc is None:
        return []
    return [Bound(c) for c in wc.children() if c.kind is K.BOUND]


@_register
class Block(AstNode):
    """Statements of a `do … end` body (without the `do`/`end` tokens)."""

    KIND = K.BLOCK
    __slots__ = ()

    def stmts(self) -> list[LetStmt | Expr]:
        out = []
        for c in self.syntax.children():
            if c.kind is K.LET_STMT:
                out.append(LetStmt(c))
            else:
                e = Expr.cast(c)
                if e is not None:
                    out.append(e)
        return out

    def tail_expr(self) -> Expr | None:
        stmts = self.stmts()
        return stmts[-1] if stmts and isinstance(stmts[-1], Expr) else None


@_register
class FnDef(Item):
    """A named function clause: `fn name(params) -> T where … when … do … end` or `= e`."""

    KIND = K.FN_DEF
    __slots__ = ()

    def keyword(self) -> str:
        return "def" if self._token(K.DEF_KW) else "fn"

    def has_param_list(self) -> bool:
        return self._child_kind(K.PARAM_LIST) is not None

    def params(self) -> list[Param]:
        return _params_of(self)

    def ret_type(self) -> Type | None:
        return _node_in(self._child_kind(K.RET_TYPE), Type)

    def where_bounds(self) -> list[Bound]:
        return _where_bounds(self)

    def guard(self) -> Expr | None:
        return _node_in(self._child_kind(K.GUARD), Expr)

    def has_expr_body(self) -> bool:
        return self._child_kind(K.EXPR_BODY) is not None

    def body(self) -> Block | Expr | None:
        eb = self._child_kind(K.EXPR_BODY)
        if eb is not None:
            return _node_in(eb, Expr)
        b = self._child_kind(K.BLOCK)
        return Block(b) if b is not None else None


@_register
class LetStmt(Item, Stmt):
    """`let pattern [:: T] = value` (a local binding, or a module constant at top level)."""

    KIND = K.LET_STMT
    __slots__ = ()

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)

    def name(self) -> str | None:
        pat = self.pattern()
        return pat.name() if isinstance(pat, IdentPat) else None

    def name_token(self) -> SyntaxToken | None:
        pat = self.pattern()
        return pat.syntax.first_token() if isinstance(pat, IdentPat) else None

    def type_ann(self) -> Type | None:
        return _node_in(self._child_kind(K.TYPE_ANN), Type)

    def value(self) -> Expr | None:
        return self._node(Expr)


@_register
class FieldDef(AstNode):
    """`name :: Type` in a struct body."""

    KIND = K.FIELD_DEF
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def type(self) -> Type | None:
        return _node_in(self._child_kind(K.TYPE_ANN), Type)


@_register
class SchemaOption(AstNode):
    """`table "users"`, `belongs_to :org, Org`, … in a struct body (chapter 13 §6)."""

    KIND = K.SCHEMA_OPTION
    __slots__ = ()

    def name(self) -> str | None:
        tok = self._token(K.IDENT)
        return tok.text if tok else None

    def args(self) -> list[Expr]:
        return self._nodes(Expr)


def _deriving(node: AstNode) -> list[str] | None:
    d = node._child_kind(K.DERIVING)
    if d is None:
        return None
    return [t.text for t in d.children_with_tokens()
            if isinstance(t, SyntaxToken) and t.kind is K.IDENT][1:]


@_register
class StructDef(Item):
    """`struct Name<T> do fields end [deriving(…)]`."""

    KIND = K.STRUCT_DEF
    __slots__ = ()

    def fields(self) -> list[FieldDef]:
        return [FieldDef(c) for c in self.syntax.children() if c.kind is K.FIELD_DEF]

    def schema_options(self) -> list[SchemaOption]:
        return [SchemaOption(c) for c in self.syntax.children() if c.kind is K.SCHEMA_OPTION]

    def deriving(self) -> list[str] | None:
        return _deriving(self)


@_register
class VariantField(AstNode):
    """A variant field: `Type` or `name :: Type`."""

    KIND = K.VARIANT_FIELD
    __slots__ = ()

    def name(self) -> str | None:
        if self._child_kind(K.TYPE_ANN) is None:
            return None
        tok = self._token(K.IDENT)
        return tok.text if tok else None

    def type(self) -> Type | None:
        ann = self._child_kind(K.TYPE_ANN)
        return _node_in(ann, Type) if ann is not None else self._node(Type)


@_register
class Variant(AstNode):
    """A sum-type variant: `Name` or `Name(fields)`."""

    KIND = K.VARIANT
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def has_parens(self) -> bool:
        return self._token(K.L_PAREN) is not None

    def fields(self) -> list[VariantField]:
        return [VariantField(c) for c in self.syntax.children() if c.kind is K.VARIANT_FIELD]


@_register
class SumTypeDef(Item):
    """`type Name<T> do variants end [deriving(…)]`."""

    KIND = K.SUM_TYPE_DEF
    __slots__ = ()

    def variants(self) -> list[Variant]:
        return [Variant(c) for c in self.syntax.children() if c.kind is K.VARIANT]

    def deriving(self) -> list[str] | None:
        return _deriving(self)


@_register
class TypeAlias(Item):
    """`type Name<T> = Type`."""

    KIND = K.TYPE_ALIAS
    __slots__ = ()

    def type(self) -> Type | None:
        return self._node(Type)


@_register
class AssocType(AstNode):
    """`type Name` (interface) or `type Name = T` (impl)."""

    KIND = K.ASSOC_TYPE
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def type(self) -> Type | None:
        return self._node(Type)


@_register
class InterfaceDef(Item):
    """`interface Name do type X; fn m(self) -> T [do default end] end`."""

    KIND = K.INTERFACE_DEF
    __slots__ = ()

    def assoc_types(self) -> list[AssocType]:
        return [AssocType(c) for c in self.syntax.children() if c.kind is K.ASSOC_TYPE]

    def methods(self) -> list[FnDef]:
        return [FnDef(c) for c in self.syntax.children() if c.kind is K.FN_DEF]


@_register
class ImplDef(Item):
    """`impl Interface<…> for Type where … do members end`."""

    KIND = K.IMPL_DEF
    __slots__ = ()

    def name(self) -> str | None:
        iface = self.interface()
        return iface.name() if iface else None

    def interface(self) -> NameType | None:
        t = self._node(Type, 0)
        return t if isinstance(t, NameType) else None

    def target(self) -> Type | None:
        return self._node(Type, 1)

    def where_bounds(self) -> list[Bound]:
        return _where_bounds(self)

    def assoc_types(self) -> list[AssocType]:
        return [AssocType(c) for c in self.syntax.children() if c.kind is K.ASSOC_TYPE]

    def methods(self) -> list[FnDef]:
        return [FnDef(c) for c in self.syntax.children() if c.kind is K.FN_DEF]


@_register
class ModuleDef(Item):
    """`module Name do items end`."""

    KIND = K.MODULE_DEF
    __slots__ = ()

    def items(self) -> list[Item]:
        return self._nodes(Item)


@_register
class TerminateClause(AstNode):
    """`terminate do … end` inside an actor body."""

    KIND = K.TERMINATE_CLAUSE
    __slots__ = ()

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class ActorDef(Item):
    """`actor name(params) do body [terminate do … end] end`."""

    KIND = K.ACTOR_DEF
    __slots__ = ()

    def params(self) -> list[Param]:
        return _params_of(self)

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None

    def terminate(self) -> TerminateClause | None:
        body = self._child_kind(K.BLOCK)
        if body is None:
            return None
        for c in body.children():
            if c.kind is K.TERMINATE_CLAUSE:
                return TerminateClause(c)
        return None


class _Handler(AstNode):
    kind: ClassVar[str]
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def params(self) -> list[Param]:
        return _params_of(self)

    def state_name(self) -> str | None:
        sp = self._child_kind(K.STATE_PARAM)
        if sp is None:
            return None
        for t in sp.children_with_tokens():
            if isinstance(t, SyntaxToken) and t.kind is K.IDENT:
                return t.text
        return None

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class CallHandler(_Handler):
    """`call Name(params) :: Reply do |state| … end` in a service."""

    KIND = K.CALL_HANDLER
    kind = "call"
    __slots__ = ()

    def reply_type(self) -> Type | None:
        return _node_in(self._child_kind(K.TYPE_ANN), Type)


@_register
class CastHandler(_Handler):
    """`cast Name(params) do |state| … end` in a service."""

    KIND = K.CAST_HANDLER
    kind = "cast"
    __slots__ = ()


@_register
class ServiceDef(Item):
    """`service Name do fns and call/cast handlers end`."""

    KIND = K.SERVICE_DEF
    __slots__ = ()

    def fns(self) -> list[FnDef]:
        return [FnDef(c) for c in self.syntax.children() if c.kind is K.FN_DEF]

    def handlers(self) -> list[CallHandler | CastHandler]:
        return [_BY_KIND[c.kind](c) for c in self.syntax.children()
                if c.kind in (K.CALL_HANDLER, K.CAST_HANDLER)]


@_register
class SupOption(AstNode):
    """`key: value` clause in a supervisor or child spec."""

    KIND = K.SUP_OPTION
    __slots__ = ()

    def key_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def key(self) -> str | None:
        tok = self.key_token()
        return tok.text if tok else None

    def value(self) -> Expr | None:
        return self._node(Expr)


@_register
class ChildSpec(AstNode):
    """`child name do key: value … end` in a supervisor."""

    KIND = K.CHILD_SPEC
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        toks = self._tokens(K.IDENT)
        return toks[1] if len(toks) > 1 else None

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def options(self) -> list[SupOption]:
        return [SupOption(c) for c in self.syntax.children() if c.kind is K.SUP_OPTION]


@_register
class SupervisorDef(Item):
    """`supervisor Name do strategy: …; child … end`."""

    KIND = K.SUPERVISOR_DEF
    __slots__ = ()

    def options(self) -> list[SupOption]:
        return [SupOption(c) for c in self.syntax.children() if c.kind is K.SUP_OPTION]

    def children(self) -> list[ChildSpec]:
        return [ChildSpec(c) for c in self.syntax.children() if c.kind is K.CHILD_SPEC]


@_register
class TestDef(Item):
    """`test "label" do … end` in a `*.test.mpl` file."""

    KIND = K.TEST_DEF
    __slots__ = ()

    def name(self) -> str | None:
        return self.label()

    def label(self) -> str | None:
        s = self._node(Expr)
        return s.value() if isinstance(s, StringLit) else None

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


# ---------------------------------------------------------------- expressions

def _int_value(text: str) -> int | None:
    t = text.replace("_", "")
    try:
        if t[:2].lower() in ("0x", "0b", "0o"):
            return int(t, 0)
        return int(t, 10)
    except ValueError:
        return None


@_register
class IntLit(Expr):
    """Integer literal."""

    KIND = K.INT_LIT
    __slots__ = ()

    def value(self) -> int | None:
        tok = self._token(K.INT)
        return _int_value(tok.text) if tok else None


@_register
class FloatLit(Expr):
    """Float literal."""

    KIND = K.FLOAT_LIT
    __slots__ = ()

    def value(self) -> float | None:
        tok = self._token(K.FLOAT)
        try:
            return float(tok.text.replace("_", "")) if tok else None
        except ValueError:
            return None


@_register
class BoolLit(Expr):
    """`true` / `false`."""

    KIND = K.BOOL_LIT
    __slots__ = ()

    def value(self) -> bool:
        return self._token(K.TRUE_KW) is not None


@_register
class NilLit(Expr):
    """`nil` (the unit value)."""

    KIND = K.NIL_LIT
    __slots__ = ()


@_register
class UnitExpr(Expr):
    """`()`."""

    KIND = K.UNIT_EXPR
    __slots__ = ()


@_register
class AtomLit(Expr):
    """`:name`."""

    KIND = K.ATOM_LIT
    __slots__ = ()

    def name(self) -> str | None:
        tok = self._token(K.ATOM)
        return tok.text[1:] if tok else None


_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"',
                   "'": "'", "$": "$"}


def decode_escapes(raw: str) -> str:
    """Decode the escape sequences of string content (invalid ones are kept as written;
    the lexer has reported them)."""
    if "\\" not in raw:
        return raw
    out: list[str] = []
    i = 0
    n = len(raw)
    while i < n:
        c = raw[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        nxt = raw[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "u" and raw.startswith("{", i + 2) and "}" in raw[i + 3:i + 10]:
            end = raw.index("}", i + 3)
            try:
                value = int(raw[i + 3:end], 16)
                out.append(chr(value) if value <= 0x10FFFF else raw[i:end + 1])
            except ValueError:
                out.append(raw[i:end + 1])
            i = end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


@_register
class Interpolation(AstNode):
    """`${ expr }` inside a string."""

    KIND = K.INTERPOLATION
    __slots__ = ()

    def expr(self) -> Expr | None:
        return self._node(Expr)


@_register
class StringLit(Expr):
    """A string literal, possibly triple-quoted, possibly with `${…}` interpolations."""

    KIND = K.STRING_LIT
    __slots__ = ()

    def is_triple(self) -> bool:
        tok = self._token(K.STRING_START)
        return tok is not None and tok.text == '"""'

    def is_interpolated(self) -> bool:
        return self._child_kind(K.INTERPOLATION) is not None

    def parts(self) -> list[str | Expr]:
        """Decoded text pieces and interpolated expressions, in order (adjacent text
        merged; an interpolation whose expression is missing is skipped)."""
        out: list[str | Expr] = []
        for c in self.syntax.children_with_tokens():
            if isinstance(c, SyntaxToken):
                if c.kind is K.STRING_CONTENT:
                    text = decode_escapes(c.text)
                    if out and isinstance(out[-1], str):
                        out[-1] += text
                    else:
                        out.append(text)
            elif c.kind is K.INTERPOLATION:
                e = Interpolation(c).expr()
                if e is not None:
                    out.append(e)
        return out

    def value(self) -> str | None:
        """The decoded text when the literal has no interpolation."""
        if self.is_interpolated():
            return None
        return "".join(p for p in self.parts() if isinstance(p, str))


@_register
class NameRef(Expr):
    """A name in expression position (variable, function, constructor, module)."""

    KIND = K.NAME_REF
    __slots__ = ()

    def token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.token()
        return tok.text if tok else None


@_register
class SelfExpr(Expr):
    """Bare `self` (the receiver in a method)."""

    KIND = K.SELF_EXPR
    __slots__ = ()


@_register
class ParenExpr(Expr):
    """`(expr)`."""

    KIND = K.PAREN_EXPR
    __slots__ = ()

    def expr(self) -> Expr | None:
        return self._node(Expr)


@_register
class TupleExpr(Expr):
    """`(a, b, …)`."""

    KIND = K.TUPLE_EXPR
    __slots__ = ()

    def elements(self) -> list[Expr]:
        return self._nodes(Expr)


@_register
class ListExpr(Expr):
    """`[a, b, …]`."""

    KIND = K.LIST_EXPR
    __slots__ = ()

    def elements(self) -> list[Expr]:
        return self._nodes(Expr)


@_register
class MapEntry(AstNode):
    """`key => value`."""

    KIND = K.MAP_ENTRY
    __slots__ = ()

    def key(self) -> Expr | None:
        return self._node(Expr, 0)

    def value(self) -> Expr | None:
        return self._node(Expr, 1)


@_register
class MapExpr(Expr):
    """`%{k => v, …}`."""

    KIND = K.MAP_EXPR
    __slots__ = ()

    def entries(self) -> list[MapEntry]:
        return [MapEntry(c) for c in self.syntax.children() if c.kind is K.MAP_ENTRY]


@_register
class FieldInit(AstNode):
    """`name: value` in a struct literal, update or `json {}`."""

    KIND = K.FIELD_INIT
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def value(self) -> Expr | None:
        return self._node(Expr)


def _field_inits(node: AstNode) -> list[FieldInit]:
    return [FieldInit(c) for c in node.syntax.children() if c.kind is K.FIELD_INIT]


def _dotted_path(e: Expr | None) -> list[str] | None:
    """`A.B.C` written as NameRef/FieldExpr chain -> ['A', 'B', 'C']."""
    if isinstance(e, NameRef):
        n = e.name()
        return [n] if n else None
    if isinstance(e, FieldExpr):
        base = _dotted_path(e.receiver())
        n = e.name()
        return base + [n] if base is not None and n else None
    return None


@_register
class StructLit(Expr):
    """`Type { field: value, … }` (type possibly qualified)."""

    KIND = K.STRUCT_LIT
    __slots__ = ()

    def type_expr(self) -> Expr | None:
        return self._node(Expr)

    def type_path(self) -> list[str]:
        return _dotted_path(self.type_expr()) or []

    def fields(self) -> list[FieldInit]:
        return _field_inits(self)


@_register
class StructUpdate(Expr):
    """`%{base | field: value, …}`."""

    KIND = K.STRUCT_UPDATE
    __slots__ = ()

    def base(self) -> Expr | None:
        return self._node(Expr)

    def fields(self) -> list[FieldInit]:
        return _field_inits(self)


@_register
class JsonLit(Expr):
    """`json { key: value, … }`."""

    KIND = K.JSON_LIT
    __slots__ = ()

    def fields(self) -> list[FieldInit]:
        return _field_inits(self)


@_register
class ClosureClause(AstNode):
    """One clause of a closure: params, optional guard, body."""

    KIND = K.CLOSURE_CLAUSE
    __slots__ = ()

    def params(self) -> list[Param]:
        return _params_of(self)

    def has_parens(self) -> bool:
        pl = self._child_kind(K.PARAM_LIST)
        return pl is not None and pl.first_token() is not None and \
            pl.first_token().kind is K.L_PAREN

    def guard(self) -> Expr | None:
        return _node_in(self._child_kind(K.GUARD), Expr)

    def is_do_body(self) -> bool:
        return self._token(K.DO_KW) is not None

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class ClosureExpr(Expr):
    """`fn params -> body | … end` or `fn params do body end`."""

    KIND = K.CLOSURE_EXPR
    __slots__ = ()

    def clauses(self) -> list[ClosureClause]:
        return [ClosureClause(c) for c in self.syntax.children() if c.kind is K.CLOSURE_CLAUSE]


@_register
class DoExpr(Expr):
    """`do … end` block expression."""

    KIND = K.DO_EXPR
    __slots__ = ()

    def block(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class IfExpr(Expr):
    """`if cond do … [else …] end` (`else if` nests an IfExpr in the else branch)."""

    KIND = K.IF_EXPR
    __slots__ = ()

    def cond(self) -> Expr | None:
        return self._node(Expr)

    def then_block(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None

    def else_branch(self) -> Block | IfExpr | None:
        eb = self._child_kind(K.ELSE_BRANCH)
        if eb is None:
            return None
        for c in eb.children():
            if c.kind is K.BLOCK:
                return Block(c)
            if c.kind is K.IF_EXPR:
                return IfExpr(c)
        return None


@_register
class MatchArm(AstNode):
    """`pattern [when guard] -> expr` in `case` or `receive`."""

    KIND = K.MATCH_ARM
    __slots__ = ()

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)

    def guard(self) -> Expr | None:
        return _node_in(self._child_kind(K.GUARD), Expr)

    def body(self) -> Expr | None:
        return self._node(Expr)


@_register
class CaseExpr(Expr):
    """`case e do arms end` / `match e do arms end`."""

    KIND = K.CASE_EXPR
    __slots__ = ()

    def keyword(self) -> str:
        return "match" if self._token(K.MATCH_KW) else "case"

    def scrutinee(self) -> Expr | None:
        return self._node(Expr)

    def arms(self) -> list[MatchArm]:
        return [MatchArm(c) for c in self.syntax.children() if c.kind is K.MATCH_ARM]


@_register
class ForExpr(Expr):
    """`for pattern in iterable [when filter] do body end`."""

    KIND = K.FOR_EXPR
    __slots__ = ()

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)

    def iterable(self) -> Expr | None:
        return self._node(Expr)

    def filter(self) -> Expr | None:
        return _node_in(self._child_kind(K.GUARD), Expr)

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class WhileExpr(Expr):
    """`while cond do body end`."""

    KIND = K.WHILE_EXPR
    __slots__ = ()

    def cond(self) -> Expr | None:
        return self._node(Expr)

    def body(self) -> Block | None:
        b = self._child_kind(K.BLOCK)
        return Block(b) if b else None


@_register
class BreakExpr(Expr):
    """`break`."""

    KIND = K.BREAK_EXPR
    __slots__ = ()


@_register
class ContinueExpr(Expr):
    """`continue`."""

    KIND = K.CONTINUE_EXPR
    __slots__ = ()


@_register
class ReturnExpr(Expr):
    """`return [expr]`."""

    KIND = K.RETURN_EXPR
    __slots__ = ()

    def value(self) -> Expr | None:
        return self._node(Expr)


@_register
class ArgList(AstNode):
    """`(args)` of a call; keyword arguments come last."""

    KIND = K.ARG_LIST
    __slots__ = ()

    def args(self) -> list[Expr]:
        return self._nodes(Expr)

    def kw_args(self) -> list[KwArg]:
        return [KwArg(c) for c in self.syntax.children() if c.kind is K.KW_ARG]


@_register
class KwArg(AstNode):
    """`name: value` keyword argument."""

    KIND = K.KW_ARG
    __slots__ = ()

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def value(self) -> Expr | None:
        return self._node(Expr)


class _BuiltinCall(Expr):
    __slots__ = ()

    def args(self) -> ArgList | None:
        a = self._child_kind(K.ARG_LIST)
        return ArgList(a) if a else None


@_register
class SpawnExpr(_BuiltinCall):
    """`spawn(f, args…)`."""

    KIND = K.SPAWN_EXPR
    __slots__ = ()


@_register
class SendExpr(_BuiltinCall):
    """`send(pid, msg)`."""

    KIND = K.SEND_EXPR
    __slots__ = ()


@_register
class LinkExpr(_BuiltinCall):
    """`link(pid)`."""

    KIND = K.LINK_EXPR
    __slots__ = ()


@_register
class SelfCall(Expr):
    """`self()` — the current process id."""

    KIND = K.SELF_CALL
    __slots__ = ()


@_register
class AfterClause(AstNode):
    """`after timeout -> body` in `receive`."""

    KIND = K.AFTER_CLAUSE
    __slots__ = ()

    def timeout(self) -> Expr | None:
        return self._node(Expr, 0)

    def body(self) -> Expr | None:
        return self._node(Expr, 1)


@_register
class ReceiveExpr(Expr):
    """`receive do arms [after t -> e] end`."""

    KIND = K.RECEIVE_EXPR
    __slots__ = ()

    def arms(self) -> list[MatchArm]:
        return [MatchArm(c) for c in self.syntax.children() if c.kind is K.MATCH_ARM]

    def after(self) -> AfterClause | None:
        a = self._child_kind(K.AFTER_CLAUSE)
        return AfterClause(a) if a else None


def _op_token(node: AstNode) -> SyntaxToken | None:
    for c in node.syntax.children_with_tokens():
        if isinstance(c, SyntaxToken) and not c.kind.is_trivia and c.kind not in (
                K.NEWLINE, K.ERROR_TOKEN):
            return c
    return None


@_register
class BinaryExpr(Expr):
    """`lhs op rhs` for arithmetic, comparison, boolean, concatenation and range."""

    KIND = K.BINARY_EXPR
    __slots__ = ()

    def op_token(self) -> SyntaxToken | None:
        return _op_token(self)

    def op(self) -> str | None:
        tok = self.op_token()
        return tok.text if tok else None

    def lhs(self) -> Expr | None:
        return self._node(Expr, 0)

    def rhs(self) -> Expr | None:
        return self._node(Expr, 1)


@_register
class PrefixExpr(Expr):
    """`-e`, `!e`, `not e`."""

    KIND = K.PREFIX_EXPR
    __slots__ = ()

    def op_token(self) -> SyntaxToken | None:
        return _op_token(self)

    def op(self) -> str | None:
        tok = self.op_token()
        return tok.text if tok else None

    def operand(self) -> Expr | None:
        return self._node(Expr)


@_register
class PipeExpr(Expr):
    """`lhs |> rhs` or `lhs |N> rhs`."""

    KIND = K.PIPE_EXPR
    __slots__ = ()

    def op_token(self) -> SyntaxToken | None:
        return _op_token(self)

    def op(self) -> str | None:
        tok = self.op_token()
        return tok.text if tok else None

    def slot(self) -> int:
        tok = self.op_token()
        if tok is None or tok.kind is K.PIPE:
            return 1
        return int(tok.text[1:-1])

    def lhs(self) -> Expr | None:
        return self._node(Expr, 0)

    def rhs(self) -> Expr | None:
        return self._node(Expr, 1)


@_register
class CallExpr(Expr):
    """`callee(args)`."""

    KIND = K.CALL_EXPR
    __slots__ = ()

    def callee(self) -> Expr | None:
        return self._node(Expr)

    def args(self) -> ArgList | None:
        a = self._child_kind(K.ARG_LIST)
        return ArgList(a) if a else None


@_register
class MethodCallExpr(Expr):
    """`receiver.name(args)` — a qualified call when the receiver is a module/type path."""

    KIND = K.METHOD_CALL_EXPR
    __slots__ = ()

    def receiver(self) -> Expr | None:
        return self._node(Expr)

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def args(self) -> ArgList | None:
        a = self._child_kind(K.ARG_LIST)
        return ArgList(a) if a else None

    def receiver_path(self) -> list[str] | None:
        """The receiver as a dotted name path (`Geo.Point` -> ['Geo', 'Point']) or None."""
        return _dotted_path(self.receiver())


@_register
class FieldExpr(Expr):
    """`receiver.name` (field, module member, or qualified variant)."""

    KIND = K.FIELD_EXPR
    __slots__ = ()

    def receiver(self) -> Expr | None:
        return self._node(Expr)

    def name_token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def path(self) -> list[str] | None:
        return _dotted_path(self)


@_register
class IndexExpr(Expr):
    """`base[index]`."""

    KIND = K.INDEX_EXPR
    __slots__ = ()

    def base(self) -> Expr | None:
        return self._node(Expr, 0)

    def index(self) -> Expr | None:
        return self._node(Expr, 1)


@_register
class TryExpr(Expr):
    """`expr?`."""

    KIND = K.TRY_EXPR
    __slots__ = ()

    def expr(self) -> Expr | None:
        return self._node(Expr)


# ---------------------------------------------------------------- patterns

@_register
class WildcardPat(Pattern):
    """`_`."""

    KIND = K.WILDCARD_PAT
    __slots__ = ()


@_register
class IdentPat(Pattern):
    """A lowercase name that binds."""

    KIND = K.IDENT_PAT
    __slots__ = ()

    def token(self) -> SyntaxToken | None:
        return self._token(K.IDENT)

    def name(self) -> str | None:
        tok = self.token()
        return tok.text if tok else None


@_register
class LiteralPat(Pattern):
    """A literal pattern: number (maybe negative), string, atom, `true`/`false`/`nil`."""

    KIND = K.LITERAL_PAT
    __slots__ = ()

    def is_negative(self) -> bool:
        return self._token(K.MINUS) is not None

    def literal_kind(self) -> K | None:
        for c in self.syntax.children_with_tokens():
            if isinstance(c, SyntaxToken):
                if c.kind in (K.INT, K.FLOAT, K.ATOM, K.TRUE_KW, K.FALSE_KW, K.NIL_KW):
                    return c.kind
            elif c.kind is K.STRING_LIT:
                return K.STRING_START
        return None

    def atom_name(self) -> str | None:
        tok = self._token(K.ATOM)
        return tok.text[1:] if tok else None

    def value(self) -> int | float | str | bool | None:
        kind = self.literal_kind()
        sign = -1 if self.is_negative() else 1
        if kind is K.INT:
            v = _int_value(self._token(K.INT).text)
            return None if v is None else sign * v
        if kind is K.FLOAT:
            return sign * float(self._token(K.FLOAT).text.replace("_", ""))
        if kind is K.STRING_START:
            s = StringLit(self._child_kind(K.STRING_LIT))
            return s.value()
        if kind is K.ATOM:
            return self.atom_name()
        if kind is K.TRUE_KW:
            return True
        if kind is K.FALSE_KW:
            return False
        return None


@_register
class UnitPat(Pattern):
    """`()`."""

    KIND = K.UNIT_PAT
    __slots__ = ()


@_register
class ParenPat(Pattern):
    """`(pattern)`."""

    KIND = K.PAREN_PAT
    __slots__ = ()

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)


@_register
class TuplePat(Pattern):
    """`(p1, p2, …)` (also `{k, v}` in a `for` binding)."""

    KIND = K.TUPLE_PAT
    __slots__ = ()

    def elements(self) -> list[Pattern]:
        return self._nodes(Pattern)


@_register
class ListPat(Pattern):
    """`[]` (the only list pattern)."""

    KIND = K.LIST_PAT
    __slots__ = ()


@_register
class ConstructorPat(Pattern):
    """`Name`, `Name(p, …)`, `Type.Name(p, …)`."""

    KIND = K.CONSTRUCTOR_PAT
    __slots__ = ()

    def path(self) -> list[str]:
        return [t.text for t in self._tokens(K.IDENT)]

    def name_token(self) -> SyntaxToken | None:
        toks = self._tokens(K.IDENT)
        return toks[-1] if toks else None

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None

    def has_args(self) -> bool:
        return self._child_kind(K.PAT_ARG_LIST) is not None

    def args(self) -> list[Pattern]:
        al = self._child_kind(K.PAT_ARG_LIST)
        if al is None:
            return []
        return [w for w in (Pattern.cast(c) for c in al.children()) if w is not None]


@_register
class OrPat(Pattern):
    """`p1 | p2 | …`."""

    KIND = K.OR_PAT
    __slots__ = ()

    def alternatives(self) -> list[Pattern]:
        return self._nodes(Pattern)


@_register
class ConsPat(Pattern):
    """`head :: tail`."""

    KIND = K.CONS_PAT
    __slots__ = ()

    def head(self) -> Pattern | None:
        return self._node(Pattern, 0)

    def tail(self) -> Pattern | None:
        return self._node(Pattern, 1)


@_register
class AsPat(Pattern):
    """`pattern as name`."""

    KIND = K.AS_PAT
    __slots__ = ()

    def pattern(self) -> Pattern | None:
        return self._node(Pattern)

    def name_token(self) -> SyntaxToken | None:
        toks = self._tokens(K.IDENT)
        return toks[-1] if len(toks) >= 2 else None

    def name(self) -> str | None:
        tok = self.name_token()
        return tok.text if tok else None


# ---------------------------------------------------------------- types

@_register
class NameType(Type):
    """`Name`, `Mod.Name`, `Self.Item`, with optional `<args>`."""

    KIND = K.NAME_TYPE
    __slots__ = ()

    def path(self) -> list[str]:
        return [t.text for t in self._tokens(K.IDENT)]

    def name(self) -> str:
        return ".".join(self.path())

    def args(self) -> list[Type]:
        return _node_list(self._child_kind(K.TYPE_ARG_LIST), Type)


@_register
class OptionType(Type):
    """`T?`."""

    KIND = K.OPTION_TYPE
    __slots__ = ()

    def inner(self) -> Type | None:
        return self._node(Type)


@_register
class ResultType(Type):
    """`T!E`."""

    KIND = K.RESULT_TYPE
    __slots__ = ()

    def ok(self) -> Type | None:
        return self._node(Type, 0)

    def err(self) -> Type | None:
        return self._node(Type, 1)


@_register
class TupleType(Type):
    """`(A, B, …)`."""

    KIND = K.TUPLE_TYPE
    __slots__ = ()

    def elements(self) -> list[Type]:
        return self._nodes(Type)


@_register
class UnitType(Type):
    """`()`."""

    KIND = K.UNIT_TYPE
    __slots__ = ()


@_register
class ParenType(Type):
    """`(T)`."""

    KIND = K.PAREN_TYPE
    __slots__ = ()

    def inner(self) -> Type | None:
        return self._node(Type)


@_register
class FunType(Type):
    """`Fun(A, B) -> R`."""

    KIND = K.FUN_TYPE
    __slots__ = ()

    def _split(self) -> tuple[list[Type], Type | None]:
        params: list[Type] = []
        ret = None
        after_arrow = False
        for c in self.syntax.children_with_tokens():
            if isinstance(c, SyntaxToken):
                after_arrow = after_arrow or c.kind is K.ARROW
                continue
            t = Type.cast(c)
            if t is None:
                continue
            if after_arrow:
                ret = t
            else:
                params.append(t)
        return params, ret

    def params(self) -> list[Type]:
        return self._split()[0]

    def ret(self) -> Type | None:
        return self._split()[1]
