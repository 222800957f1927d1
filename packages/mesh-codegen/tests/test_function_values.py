"""Top-level functions used as values: constant closures, indirect calls, generic instances."""

from __future__ import annotations

import re

import llvmlite.binding as llvm
from hir_build import HirBuilder
from mesh_codegen import emit_ir
from mesh_types import hir
from mesh_types.types import INT, STRING, UNIT, TFun

INT_TO_INT = TFun((INT,), INT)


def fnref(h: HirBuilder, fn: hir.FnDef, ty: TFun, type_args=()) -> hir.FnRef:
    return hir.FnRef(ty, h.span, fn.symbol, list(type_args))


def apply_program():
    """``fn apply(f, x) = f(x)``, ``fn twice<T>(f :: Fun(T) -> T, x :: T) = f(f(x))``."""
    h = HirBuilder()
    n = h.binding("n", INT)
    double = h.fn("double", [n], INT, h.binary("*", h.ref(n), h.int(2)))
    s = h.binding("s", STRING)
    shout = h.fn("shout", [s], STRING, h.binary("<>", h.ref(s), h.str("!")))
    f, x = h.binding("f", INT_TO_INT), h.binding("x", INT)
    apply = h.fn("apply", [f, x], INT, hir.Call(INT, h.span, h.ref(f), [h.ref(x)]))
    t = h.tparam("T")
    g, y = h.binding("g", TFun((t,), t)), h.binding("y", t)
    inner = hir.Call(t, h.span, h.ref(g), [h.ref(y)])
    twice = h.fn("twice", [g, y], t, hir.Call(t, h.span, h.ref(g), [inner]), type_params=[t])
    k = h.binding("k", INT_TO_INT)
    main = h.fn("main", [], UNIT, h.block(
        h.show(h.call(apply, [fnref(h, double, INT_TO_INT), h.int(21)])),
        h.let(k, fnref(h, double, INT_TO_INT)),
        h.show(hir.Call(INT, h.span, h.ref(k), [h.int(5)])),
        h.show(h.call(twice, [h.ref(k), h.int(3)], type_args=[INT], ret=INT)),
        h.println(h.call(twice, [fnref(h, shout, TFun((STRING,), STRING)), h.str("hey")],
                         type_args=[STRING], ret=STRING)),
    ))
    return h.program([double, shout, apply, twice, main])


def test_function_value_is_a_static_closure_with_an_adapter():
    text = emit_ir(apply_program())
    llvm.parse_assembly(text).verify()
    assert "@desc.closure.mesh.double = private constant" in text
    assert "@closure.mesh.double = private constant { { ptr, i64 }, ptr } { { ptr, i64 } " \
           "{ ptr @desc.closure.mesh.double, i64 1 }, ptr @mesh.double.code }" in text
    # the uniform word ABI: the closure, then one i64 per parameter, an i64 result
    assert re.search(r'define internal i64 @"?mesh\.double\.code"?\(ptr [^,]*, i64', text)
    # the call through `f` loads the code pointer from the closure and passes the closure first
    assert "%code = load ptr" in text


def test_function_values_end_to_end(run_program):
    run = run_program(apply_program())
    assert (run.status, run.stderr) == (0, "")
    assert run.stdout == "42\n10\n12\nhey!!\n"
