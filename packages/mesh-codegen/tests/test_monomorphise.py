"""Monomorphisation: one instance per distinct tuple of concrete type arguments reachable from main."""

from __future__ import annotations

import llvmlite.binding as llvm
from hir_build import HirBuilder
from mesh_types.types import INT, STRING, UNIT, TCon

from mesh_codegen import emit_ir
from mesh_codegen.monomorphise import reachable_instances


def generic_program():
    """``fn id<T>(x :: T) -> T = x``; ``fn twice<U>(y :: U) -> U = id(id(y))``; main uses both."""
    h = HirBuilder()
    t = h.tparam("T")
    x = h.binding("x", t)
    ident = h.fn("id", [x], t, h.ref(x), type_params=[t])
    u = h.tparam("U")
    y = h.binding("y", u)
    inner = h.call(ident, [h.ref(y)], type_args=[u], ret=u)
    twice = h.fn("twice", [y], u, h.call(ident, [inner], type_args=[u], ret=u), type_params=[u])
    unused = h.fn("unused", [], INT, h.int(0))
    main = h.fn("main", [], UNIT, h.block(
        h.show(h.call(ident, [h.int(1)], type_args=[INT], ret=INT)),
        h.println(h.call(ident, [h.str("s")], type_args=[STRING], ret=STRING)),
        h.println(h.call(twice, [h.str("s")], type_args=[STRING], ret=STRING)),
        h.show(h.call(ident, [h.int(2)], type_args=[INT], ret=INT)),
    ))
    return h.program([ident, twice, unused, main])


def test_one_instance_per_type_argument_tuple():
    names = [inst.name for inst in reachable_instances(generic_program())]
    assert names == ["mesh.main", "mesh.id<Int>", "mesh.id<String>", "mesh.twice<String>"]


def test_instances_have_concrete_llvm_signatures():
    text = emit_ir(generic_program())
    llvm.parse_assembly(text).verify()
    assert 'define internal i64 @"mesh.id<Int>"(i64 %x)' in text
    assert 'define internal nonnull dereferenceable(24) ptr @"mesh.id<String>"(ptr nonnull dereferenceable(24) %x)' \
        in text
    assert "mesh.unused" not in text        # not reachable from main


def test_nested_type_arguments_are_substituted_and_named():
    h = HirBuilder()
    t = h.tparam("T")
    x = h.binding("x", t)
    ident = h.fn("id", [x], t, h.ref(x), type_params=[t])
    u = h.tparam("U")
    y = h.binding("y", u)
    wrap_ty = TCon("Box", (u,))
    # a generic caller instantiating id at Box<U>: only the substituted name must appear
    caller = h.fn("caller", [y], UNIT, h.block(h.call_symbol("id", [], wrap_ty, type_args=[wrap_ty])),
                  type_params=[u])
    main = h.fn("main", [], UNIT, h.block(h.call(caller, [h.int(1)], type_args=[INT], ret=UNIT)))
    names = [i.name for i in reachable_instances(h.program([ident, caller, main]))]
    assert names == ["mesh.main", "mesh.caller<Int>", "mesh.id<Box<Int>>"]
