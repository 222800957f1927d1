from mesh_types.type_printer import TypePrinter, show_type
from mesh_types.types import (
    BOOL,
    ERROR,
    FLOAT,
    INT,
    NEVER,
    STRING,
    TCon,
    TFun,
    TTuple,
    resolve,
)
from mesh_types.unify import Unifier


def test_binds_variables_and_resolves():
    u = Unifier()
    a = u.fresh()
    assert u.unify(TCon("List", (a,)), TCon("List", (INT,))) is None
    assert resolve(a) == INT


def test_constructor_mismatch():
    u = Unifier()
    m = u.unify(INT, STRING)
    assert m is not None and m.kind == "mismatch"


def test_tuple_and_function_arity_are_arity_failures():
    u = Unifier()
    assert u.unify(TTuple((INT, INT)), TTuple((INT, INT, INT))).kind == "arity"
    assert u.unify(TFun((INT,), INT), TFun((INT, INT), INT)).kind == "arity"


def test_occurs_check():
    u = Unifier()
    a = u.fresh()
    m = u.unify(a, TCon("List", (a,)))
    assert m is not None and m.kind == "occurs"


def test_error_and_never_unify_with_everything_without_binding():
    u = Unifier()
    a = u.fresh()
    assert u.unify(ERROR, STRING) is None
    assert u.unify(a, NEVER) is None
    assert a.link is None


def test_constraint_checked_when_bound():
    u = Unifier()
    a = u.fresh()
    assert u.require(a, "Add") is None
    m = u.unify(a, STRING)
    assert m is not None and m.kind == "missing_impl" and m.iface == "Add"
    b = u.fresh({"Add"})
    assert u.unify(b, FLOAT) is None


def test_constraints_propagate_through_parts():
    u = Unifier()
    a = u.fresh()
    assert u.require(TCon("List", (a,)), "Display") is None
    assert "Display" in a.constraints
    assert u.require(TFun((), INT), "Eq").kind == "missing_impl"


def test_generalise_by_level_and_instantiate():
    u = Unifier()
    outer = u.fresh()
    u.enter()
    a = u.fresh({"Add"})
    b = u.fresh()
    assert u.unify(b, outer) is None   # escapes to the environment
    u.leave()
    params = u.generalise([TFun((a, b), a)])
    assert [p.name for p in params] == ["a"]
    inst, fresh = u.instantiate(TFun((a, b), a), params)
    assert len(fresh) == 1 and "Add" in fresh[0].constraints
    assert u.unify(inst, TFun((INT, INT), INT)) is None


def test_rigid_params_do_not_unify_with_concrete_types():
    u = Unifier()
    t = u.new_param("T")
    assert u.unify(t, INT).kind == "mismatch"
    assert u.require(t, "Display").kind == "missing_impl"
    t2 = u.new_param("U", {"Display"})
    assert u.require(t2, "Display") is None


def test_printer_names_variables_in_order_of_appearance():
    u = Unifier()
    a, b = u.fresh(), u.fresh()
    p = TypePrinter()
    assert p.show(TFun((b, a), b)) == "Fun(a, b) -> a"
    assert p.show(a) == "b"
    assert show_type(TCon("Option", (INT,))) == "Option<Int>"
    assert show_type(TCon("Result", (INT, STRING))) == "Result<Int, String>"
    assert show_type(TTuple((INT, BOOL))) == "(Int, Bool)"
    assert show_type(TCon("()")) == "()"
    assert show_type(TCon("Main.Point")) == "Point"
    assert show_type(TCon("Geometry.Point")) == "Geometry.Point"
