from mesh_types.exhaustiveness import (
    WILD,
    Ctor,
    Or,
    describe_missing,
    is_useful,
    missing_patterns,
)
from mesh_types.types import BOOL, INT, TCon, TTuple

OPT_BOOL = TCon("Option", (BOOL,))


def sig(t):
    if t == BOOL:
        return [("true", []), ("false", [])]
    if isinstance(t, TCon) and t.name == "Option":
        return [("None", []), ("Some", [t.args[0]])]
    if isinstance(t, TTuple):
        return [("(,)", list(t.elems))]
    return None


T, F = Ctor("true"), Ctor("false")


def missing(rows, ty):
    return describe_missing(missing_patterns([[r] for r in rows], [ty], sig))


def test_bool_missing_false():
    assert missing([T], BOOL) == (["false"], 0)
    assert missing([T, F], BOOL) == ([], 0)
    assert missing([WILD], BOOL) == ([], 0)


def test_infinite_type_needs_wildcard():
    assert missing([Ctor("1"), Ctor("2")], INT) == (["_"], 0)
    assert missing([Ctor("1"), WILD], INT) == ([], 0)


def test_option_lists_missing_in_declaration_order():
    assert missing([Ctor("Some", (T,))], OPT_BOOL) == (["None", "Some(false)"], 0)


def test_tuples_and_or_patterns():
    pair = TTuple((BOOL, BOOL))
    rows = [Ctor("(,)", (T, T))]
    assert missing(rows, pair) == (["(true, false)", "(false, _)"], 0)
    rows = [Ctor("(,)", (Or((T, F)), T)), Ctor("(,)", (WILD, F))]
    assert missing(rows, pair) == ([], 0)


def test_nothing_mentioned_reports_wildcard():
    assert missing([], BOOL) == (["_"], 0)


def test_more_than_five_are_counted():
    t = TTuple((BOOL,) * 4)
    shown, more = missing([Ctor("(,)", (T,) * 4), Ctor("(,)", (F,) * 4)], t)
    assert len(shown) == 5 and more == 1
    assert shown[0] == "(true, true, true, false)"


def test_usefulness_for_redundancy():
    assert not is_useful([[WILD]], [T], [BOOL], sig)
    assert not is_useful([[T], [F]], [WILD], [BOOL], sig)
    assert is_useful([[T]], [WILD], [BOOL], sig)
    assert not is_useful([[Ctor("3")]], [Ctor("3")], [INT], sig)
    assert is_useful([[Ctor("3")]], [Ctor("4")], [INT], sig)
