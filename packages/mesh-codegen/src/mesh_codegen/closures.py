"""Closures: ``{ header, code, captures... }`` with the uniform word ABI.

A closure's code is ``i64 code(ptr closure, i64 w1, ..., i64 wn)``: every
argument and the result is a word (docs/architecture.md "Closures"), so the
runtime's higher-order functions call any closure the same way.  The code
of a lambda is an adapter that loads the captured values from the closure,
converts the word arguments to register values, calls the lambda's MIR
function (captures first) and returns the result as a word.  A top-level
function used as a value is a STATIC closure with no captures whose
adapter just converts and calls, so direct calls keep the native signature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import Type

from .layout import FLAG_STATIC, HEADER, I8, I64, OBJECT_ALIGN, PTR, from_word, load_immutable, to_word
from .records import allocate, closure_shape, load_field, store_field, store_prefix

if TYPE_CHECKING:
    from .emit_module import ModuleEmitter

CODE_OFFSET = 16    # the code pointer follows the header
STATIC_CLOSURE = ir.LiteralStructType([HEADER, PTR])


def code_type(n_params: int) -> ir.FunctionType:
    return ir.FunctionType(I64, [PTR] + [I64] * n_params)


class Closures:
    def __init__(self, me: ModuleEmitter) -> None:
        self.me = me
        self.module = me.module
        self._objects: dict[str, ir.GlobalVariable] = {}
        self._codes: dict[str, ir.Function] = {}

    def code(self, body_name: str, capture_types: list[Type]) -> ir.Function:
        """The word-ABI adapter for the MIR function ``body_name`` (captures first)."""
        found = self._codes.get(body_name)
        if found is not None:
            return found
        target = self.me.functions[body_name]
        n_caps = len(capture_types)
        params = target.function_type.args[n_caps:]
        fn = ir.Function(self.module, code_type(len(params)), f"{body_name}.code")
        fn.linkage = "internal"
        fn.section = f"{target.section}.code"
        fn.attributes.add("nounwind")
        self._codes[body_name] = fn
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        closure, *words = fn.args
        shape = closure_shape(capture_types)
        captured = [load_field(b, closure, shape, i, name="cap") for i in range(n_caps)]
        args = [from_word(b, w, ty) for w, ty in zip(words, params)]
        result = b.call(target, [*captured, *args], tail=True)
        b.ret(to_word(b, result))
        return fn

    def constant_closure(self, fn_name: str) -> ir.GlobalVariable:
        found = self._objects.get(fn_name)
        if found is not None:
            return found
        code = self.code(fn_name, [])
        header = ir.Constant(HEADER, [self.me.descs.closure(fn_name, []), ir.Constant(I64, FLAG_STATIC)])
        var = ir.GlobalVariable(self.module, STATIC_CLOSURE, f"closure.{fn_name}")
        var.initializer = ir.Constant(STATIC_CLOSURE, [header, code])
        var.global_constant = True
        var.linkage = "private"
        var.align = OBJECT_ALIGN
        self._objects[fn_name] = var
        return var

    def make(self, b: ir.IRBuilder, body_name: str, capture_types: list[Type], captures: list[ir.Value]) -> ir.Value:
        if not captures:
            return self.constant_closure(body_name)
        shape = closure_shape(capture_types)
        obj = allocate(b, self.me.alloc, self.me.descs.closure(body_name, capture_types), shape)
        store_prefix(b, obj, shape, 0, self.code(body_name, capture_types))
        for i, v in enumerate(captures):
            store_field(b, obj, shape, i, v)
        return obj

    @staticmethod
    def call(b: ir.IRBuilder, closure: ir.Value, args: list[ir.Value], ret: ir.Type, tail: bool = False) -> ir.Value:
        code_ptr = b.gep(closure, [ir.Constant(I64, CODE_OFFSET)], source_etype=I8, inbounds=True)
        # a typed pointer (printed as plain `ptr`) tells llvmlite the callee's signature
        code = load_immutable(b, code_ptr, ir.PointerType(code_type(len(args))), "code")
        result = b.call(code, [closure, *(to_word(b, a) for a in args)], tail=tail)
        return from_word(b, result, ret)
