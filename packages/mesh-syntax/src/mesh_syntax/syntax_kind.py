"""Every kind of token and node in the Mesh syntax tree, declared once.

The grammar is data: the lexer, the parser, the tree dump and the typed AST
layer all name kinds from this one enum.  Token kinds come first, node kinds
after ``_FIRST_NODE``.
"""

from __future__ import annotations

import enum


class SyntaxKind(enum.IntEnum):
    # --- trivia and special tokens ---
    WHITESPACE = enum.auto()
    NEWLINE = enum.auto()
    COMMENT = enum.auto()
    DOC_COMMENT = enum.auto()
    MODULE_DOC_COMMENT = enum.auto()
    BOM = enum.auto()
    ERROR_TOKEN = enum.auto()
    EOF = enum.auto()

    # --- words and literals ---
    IDENT = enum.auto()
    INT = enum.auto()
    FLOAT = enum.auto()
    ATOM = enum.auto()
    STRING_START = enum.auto()
    STRING_CONTENT = enum.auto()
    INTERP_START = enum.auto()
    INTERP_END = enum.auto()
    STRING_END = enum.auto()

    # --- reserved keywords (chapter 01 §5.1) ---
    ACTOR_KW = enum.auto()
    AFTER_KW = enum.auto()
    ALIAS_KW = enum.auto()
    AND_KW = enum.auto()
    BREAK_KW = enum.auto()
    CALL_KW = enum.auto()
    CASE_KW = enum.auto()
    CAST_KW = enum.auto()
    CONTINUE_KW = enum.auto()
    DEF_KW = enum.auto()
    DO_KW = enum.auto()
    ELSE_KW = enum.auto()
    END_KW = enum.auto()
    FALSE_KW = enum.auto()
    FN_KW = enum.auto()
    FOR_KW = enum.auto()
    IF_KW = enum.auto()
    IMPL_KW = enum.auto()
    IMPORT_KW = enum.auto()
    IN_KW = enum.auto()
    INTERFACE_KW = enum.auto()
    LET_KW = enum.auto()
    LINK_KW = enum.auto()
    MATCH_KW = enum.auto()
    MODULE_KW = enum.auto()
    MONITOR_KW = enum.auto()
    NIL_KW = enum.auto()
    NOT_KW = enum.auto()
    OR_KW = enum.auto()
    PUB_KW = enum.auto()
    RECEIVE_KW = enum.auto()
    RETURN_KW = enum.auto()
    SELF_KW = enum.auto()
    SEND_KW = enum.auto()
    SERVICE_KW = enum.auto()
    SPAWN_KW = enum.auto()
    STRUCT_KW = enum.auto()
    SUPERVISOR_KW = enum.auto()
    TERMINATE_KW = enum.auto()
    TRAIT_KW = enum.auto()
    TRAP_KW = enum.auto()
    TRUE_KW = enum.auto()
    TYPE_KW = enum.auto()
    WHEN_KW = enum.auto()
    WHERE_KW = enum.auto()
    WHILE_KW = enum.auto()
    WITH_KW = enum.auto()

    # --- operators and punctuation (chapter 01 §7) ---
    PLUS = enum.auto()          # +
    MINUS = enum.auto()         # -
    STAR = enum.auto()          # *
    SLASH = enum.auto()         # /
    PERCENT = enum.auto()       # %
    EQ2 = enum.auto()           # ==
    NEQ = enum.auto()           # !=
    LT = enum.auto()            # <
    GT = enum.auto()            # >
    LTEQ = enum.auto()          # <=
    GTEQ = enum.auto()          # >=
    AMP2 = enum.auto()          # &&
    PIPE2 = enum.auto()         # ||
    BANG = enum.auto()          # !
    PIPE = enum.auto()          # |>
    SLOT_PIPE = enum.auto()     # |N>
    DOT2 = enum.auto()          # ..
    DIAMOND = enum.auto()       # <>
    PLUS2 = enum.auto()         # ++
    EQ = enum.auto()            # =
    ARROW = enum.auto()         # ->
    FAT_ARROW = enum.auto()     # =>
    COLON2 = enum.auto()        # ::
    QUESTION = enum.auto()      # ?
    BAR = enum.auto()           # |
    DOT = enum.auto()           # .
    COMMA = enum.auto()         # ,
    COLON = enum.auto()         # :
    SEMICOLON = enum.auto()     # ;
    L_PAREN = enum.auto()
    R_PAREN = enum.auto()
    L_BRACKET = enum.auto()
    R_BRACKET = enum.auto()
    L_BRACE = enum.auto()
    R_BRACE = enum.auto()
    PERCENT_BRACE = enum.auto()  # %{

    # --- nodes ---
    _FIRST_NODE = enum.auto()
    SOURCE_FILE = enum.auto()
    ERROR = enum.auto()

    # items
    IMPORT_DECL = enum.auto()
    FROM_IMPORT = enum.auto()
    MODULE_PATH = enum.auto()
    IMPORT_NAME = enum.auto()
    FN_DEF = enum.auto()
    PARAM_LIST = enum.auto()
    PARAM = enum.auto()
    GENERIC_PARAMS = enum.auto()
    WHERE_CLAUSE = enum.auto()
    BOUND = enum.auto()
    GUARD = enum.auto()
    RET_TYPE = enum.auto()
    TYPE_ANN = enum.auto()
    EXPR_BODY = enum.auto()
    BLOCK = enum.auto()
    MODULE_DEF = enum.auto()
    STRUCT_DEF = enum.auto()
    FIELD_DEF = enum.auto()
    SCHEMA_OPTION = enum.auto()
    DERIVING = enum.auto()
    SUM_TYPE_DEF = enum.auto()
    VARIANT = enum.auto()
    VARIANT_FIELD = enum.auto()
    TYPE_ALIAS = enum.auto()
    INTERFACE_DEF = enum.auto()
    ASSOC_TYPE = enum.auto()
    IMPL_DEF = enum.auto()
    ACTOR_DEF = enum.auto()
    TERMINATE_CLAUSE = enum.auto()
    SERVICE_DEF = enum.auto()
    CALL_HANDLER = enum.auto()
    CAST_HANDLER = enum.auto()
    STATE_PARAM = enum.auto()
    SUPERVISOR_DEF = enum.auto()
    SUP_OPTION = enum.auto()
    CHILD_SPEC = enum.auto()
    TEST_DEF = enum.auto()
    LET_STMT = enum.auto()

    # expressions
    INT_LIT = enum.auto()
    FLOAT_LIT = enum.auto()
    STRING_LIT = enum.auto()
    INTERPOLATION = enum.auto()
    ATOM_LIT = enum.auto()
    BOOL_LIT = enum.auto()
    NIL_LIT = enum.auto()
    UNIT_EXPR = enum.auto()
    NAME_REF = enum.auto()
    SELF_EXPR = enum.auto()
    PAREN_EXPR = enum.auto()
    TUPLE_EXPR = enum.auto()
    LIST_EXPR = enum.auto()
    MAP_EXPR = enum.auto()
    MAP_ENTRY = enum.auto()
    STRUCT_LIT = enum.auto()
    FIELD_INIT = enum.auto()
    STRUCT_UPDATE = enum.auto()
    JSON_LIT = enum.auto()
    CLOSURE_EXPR = enum.auto()
    CLOSURE_CLAUSE = enum.auto()
    DO_EXPR = enum.auto()
    IF_EXPR = enum.auto()
    ELSE_BRANCH = enum.auto()
    CASE_EXPR = enum.auto()
    MATCH_ARM = enum.auto()
    FOR_EXPR = enum.auto()
    WHILE_EXPR = enum.auto()
    BREAK_EXPR = enum.auto()
    CONTINUE_EXPR = enum.auto()
    RETURN_EXPR = enum.auto()
    SPAWN_EXPR = enum.auto()
    SEND_EXPR = enum.auto()
    LINK_EXPR = enum.auto()
    SELF_CALL = enum.auto()
    RECEIVE_EXPR = enum.auto()
    AFTER_CLAUSE = enum.auto()
    BINARY_EXPR = enum.auto()
    PREFIX_EXPR = enum.auto()
    PIPE_EXPR = enum.auto()
    CALL_EXPR = enum.auto()
    METHOD_CALL_EXPR = enum.auto()
    ARG_LIST = enum.auto()
    KW_ARG = enum.auto()
    FIELD_EXPR = enum.auto()
    INDEX_EXPR = enum.auto()
    TRY_EXPR = enum.auto()

    # patterns
    WILDCARD_PAT = enum.auto()
    IDENT_PAT = enum.auto()
    LITERAL_PAT = enum.auto()
    UNIT_PAT = enum.auto()
    PAREN_PAT = enum.auto()
    TUPLE_PAT = enum.auto()
    LIST_PAT = enum.auto()
    CONSTRUCTOR_PAT = enum.auto()
    PAT_ARG_LIST = enum.auto()
    OR_PAT = enum.auto()
    CONS_PAT = enum.auto()
    AS_PAT = enum.auto()

    # types
    NAME_TYPE = enum.auto()
    TYPE_ARG_LIST = enum.auto()
    OPTION_TYPE = enum.auto()
    RESULT_TYPE = enum.auto()
    TUPLE_TYPE = enum.auto()
    UNIT_TYPE = enum.auto()
    PAREN_TYPE = enum.auto()
    FUN_TYPE = enum.auto()

    @property
    def is_token(self) -> bool:
        return self < SyntaxKind._FIRST_NODE

    @property
    def is_trivia(self) -> bool:
        return self in _TRIVIA


K = SyntaxKind

_TRIVIA = frozenset({K.WHITESPACE, K.COMMENT, K.DOC_COMMENT, K.MODULE_DOC_COMMENT, K.BOM})

KEYWORDS: dict[str, SyntaxKind] = {
    name.removesuffix("_KW").lower(): kind
    for name, kind in SyntaxKind.__members__.items() if name.endswith("_KW")
}
assert len(KEYWORDS) == 47, len(KEYWORDS)

# Operator and punctuation spellings, longest first so a scanner can try them in order.
PUNCTUATION: dict[str, SyntaxKind] = {
    "%{": K.PERCENT_BRACE, "==": K.EQ2, "!=": K.NEQ, "<=": K.LTEQ, ">=": K.GTEQ,
    "&&": K.AMP2, "||": K.PIPE2, "|>": K.PIPE, "..": K.DOT2, "<>": K.DIAMOND,
    "++": K.PLUS2, "->": K.ARROW, "=>": K.FAT_ARROW, "::": K.COLON2,
    "+": K.PLUS, "-": K.MINUS, "*": K.STAR, "/": K.SLASH, "%": K.PERCENT,
    "<": K.LT, ">": K.GT, "!": K.BANG, "=": K.EQ, "?": K.QUESTION, "|": K.BAR,
    ".": K.DOT, ",": K.COMMA, ":": K.COLON, ";": K.SEMICOLON,
    "(": K.L_PAREN, ")": K.R_PAREN, "[": K.L_BRACKET, "]": K.R_BRACKET,
    "{": K.L_BRACE, "}": K.R_BRACE,
}

_TOKEN_DISPLAY = {kind: text for text, kind in PUNCTUATION.items()}
_TOKEN_DISPLAY.update({kind: text for text, kind in KEYWORDS.items()})
_TOKEN_DISPLAY.update({
    K.NEWLINE: "newline", K.EOF: "end of file", K.IDENT: "identifier",
    K.INT: "integer", K.FLOAT: "float", K.ATOM: "atom", K.STRING_START: "string",
    K.STRING_CONTENT: "string", K.STRING_END: "`\"`", K.INTERP_START: "`${`",
    K.INTERP_END: "`}`", K.SLOT_PIPE: "slot pipe", K.ERROR_TOKEN: "invalid token",
})


def describe_kind(kind: SyntaxKind) -> str:
    """Human name of a token kind for messages: punctuation and keywords in backticks."""
    text = _TOKEN_DISPLAY.get(kind)
    if text is None:
        return kind.name.lower()
    if kind in PUNCTUATION.values() or kind in KEYWORDS.values():
        return f"`{text}`"
    return text
