"""Generated value operations: eq, cmp, hash, display, debug for every monomorphic type.

``native(op, t)`` is an LLVM function on register values (``eq(T, T) -> i1``,
``cmp -> i64`` (-1/0/1), ``hash -> i64``, ``display``/``debug -> String``);
``word(op, t)`` wraps it with the word signature of a descriptor slot.
Derived behaviour follows spec 03 s10 and 05 s8 (``Name(f1, f2)``,
``Name { a: v }``, ``Variant(x)``, ``(a, b)``); a written impl (Eq.eq,
Ord.compare, Hash.hash, Display.to_string, Debug.inspect) always wins.
Functions are created on first use and memoised, declared before their
body is emitted, so recursive types work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import TCon, TTuple, Type

from .capabilities import SCALARS, Capabilities, ground
from .layout import I1, I8, I64, PTR, from_word, llvm_type, to_word
from .mangle import type_name
from .records import load_field, load_tag, struct_shape, tuple_shape, variant_shape
from .runtime_abi import declared

if TYPE_CHECKING:
    from .emit_module import ModuleEmitter

RUNTIME_PREFIX = {"List": "list", "Map": "map", "Set": "set", "Range": "range", "Json": "json"}
FNV_OFFSET = -3750763034362895579   # 14695981039346656037 as i64
FNV_PRIME = 1099511628211


def _name(t: Type) -> str:
    return t.name if isinstance(t, TCon) else ""


class ValueOps:
    def __init__(self, me: ModuleEmitter) -> None:
        self.me = me
        self.module = me.module
        self.rt = me.runtime
        self._native: dict[str, ir.Function] = {}
        self._word: dict[str, ir.Function] = {}
        self.caps = Capabilities(me.types, me.impls)

    def has(self, op: str, t: Type) -> bool:
        return self.caps.has(op, t)

    def text_op(self, t: Type) -> str:
        return self.caps.text_op(t)

    def user_impl(self, op: str, t: Type) -> ir.Function | None:
        """The written impl method for ``op`` on ``t`` (lowering instantiated it)."""
        inst = self.caps.user_method(op, t)
        return self.me.functions.get(inst.name) if inst is not None else None

    # ------------------------------------------------------------ functions
    def call(self, b: ir.IRBuilder, op: str, t: Type, args: list[ir.Value]) -> ir.Value:
        return b.call(self.native(op, t), args)

    def native(self, op: str, t: Type) -> ir.Function:
        t = ground(t)
        key = f"op.{op}.{type_name(t)}"
        found = self._native.get(key)
        if found is not None:
            return found
        ty = llvm_type(t)
        ret = {"eq": I1, "cmp": I64, "hash": I64, "display": PTR, "debug": PTR}[op]
        nargs = 2 if op in ("eq", "cmp") else 1
        fn = ir.Function(self.module, ir.FunctionType(ret, [ty] * nargs), key)
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        self._native[key] = fn
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        self._body(op, t, b, fn, list(fn.args))
        return fn

    def word(self, op: str, t: Type) -> ir.Function:
        """``native`` with the word signature of a descriptor slot."""
        t = ground(t)
        key = f"opw.{op}.{type_name(t)}"
        found = self._word.get(key)
        if found is not None:
            return found
        ret = {"eq": I8, "cmp": I64, "hash": I64, "display": PTR, "debug": PTR}[op]
        nargs = 2 if op in ("eq", "cmp") else 1
        fn = ir.Function(self.module, ir.FunctionType(ret, [I64] * nargs), key)
        fn.linkage = "internal"
        self._word[key] = fn
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        ty = llvm_type(t)
        result = b.call(self.native(op, t), [from_word(b, a, ty) for a in fn.args])
        b.ret(b.zext(result, I8) if op == "eq" else result)
        return fn

    # ------------------------------------------------------------ bodies
    def _body(self, op: str, t: Type, b: ir.IRBuilder, fn: ir.Function, args: list[ir.Value]) -> None:
        user = self.user_impl(op, t) if self.me.types.definition(t) is not None else None
        if user is not None:
            b.ret(self._call_user(op, b, user, args))
            return
        if isinstance(t, TCon) and t.name in SCALARS and not t.args:
            b.ret(getattr(self, f"_scalar_{op}")(t.name, b, args))
            return
        if _name(t) in RUNTIME_PREFIX:
            b.ret(self._runtime(op, t, b, args))
            return
        if isinstance(t, TTuple):
            shape = tuple_shape(t)
            def fields(v):
                return [load_field(b, v, shape, i) for i in range(len(t.elems))]
            getattr(self, f"_fields_{op}")(b, fn, list(t.elems), fields, args, "", "tuple")
            return
        types = self.me.types
        if types.is_struct(t):
            shape = struct_shape(types, t)
            fields_t = [ft for _, ft in types.struct_fields(t)]
            def fields(v):
                return [load_field(b, v, shape, i) for i in range(len(fields_t))]
            getattr(self, f"_fields_{op}")(b, fn, fields_t, fields, args, types.display_name(t), "struct", t)
            return
        if types.is_sum(t):
            self._sum(op, t, b, fn, args)
            return
        raise AssertionError(f"no `{op}` for `{t!r}`")

    def _call_user(self, op: str, b: ir.IRBuilder, user: ir.Function, args: list[ir.Value]) -> ir.Value:
        result = b.call(user, args)
        if op == "cmp":          # Ordering: Less/Equal/Greater are tags 0/1/2
            return b.sub(load_tag(b, result), ir.Constant(I64, 1))
        return result

    def _runtime(self, op: str, t: TCon, b: ir.IRBuilder, args: list[ir.Value]) -> ir.Value:
        from .descriptors import OP_TYPES
        name = f"mesh_rt_{RUNTIME_PREFIX[t.name]}_{op}"
        if t.name == "Range" and op == "debug":
            name = "mesh_rt_range_display"
            op = "display"
        fn = self.module.globals.get(name) or ir.Function(self.module, OP_TYPES[op], name)
        result = b.call(fn, [b.ptrtoint(a, I64) for a in args])
        return b.icmp_unsigned("!=", result, ir.Constant(I8, 0)) if op == "eq" else result

    # -- scalars
    def _scalar_eq(self, name: str, b: ir.IRBuilder, args) -> ir.Value:
        x, y = args
        if name == "Float":
            return b.fcmp_ordered("==", x, y)
        if name in ("String", "Atom"):
            return b.icmp_unsigned("!=", b.call(self.rt.fn("mesh_rt_string_eq"), [x, y]), ir.Constant(I8, 0))
        if name == "()":
            return ir.Constant(I1, 1)
        return b.icmp_unsigned("==", x, y)

    def _scalar_cmp(self, name: str, b: ir.IRBuilder, args) -> ir.Value:
        x, y = args
        if name == "()":
            return ir.Constant(I64, 0)
        if name in ("String", "Atom"):
            c = b.call(self.rt.fn("mesh_rt_string_cmp"), [x, y])
            return self._sign(b, b.icmp_signed("<", c, ir.Constant(I64, 0)), b.icmp_signed(">", c, ir.Constant(I64, 0)))
        if name == "Float":
            return self._sign(b, b.fcmp_ordered("<", x, y), b.fcmp_ordered(">", x, y))
        if name == "Bool":
            return self._sign(b, b.icmp_unsigned("<", x, y), b.icmp_unsigned(">", x, y))
        return self._sign(b, b.icmp_signed("<", x, y), b.icmp_signed(">", x, y))

    @staticmethod
    def _sign(b: ir.IRBuilder, lt: ir.Value, gt: ir.Value) -> ir.Value:
        return b.sub(b.zext(gt, I64), b.zext(lt, I64))

    def _scalar_hash(self, name: str, b: ir.IRBuilder, args) -> ir.Value:
        x = args[0]
        if name in ("String", "Atom"):
            return b.call(self._string_hash(), [x])
        if name == "Float":     # 0.0 == -0.0 must hash alike
            x = b.select(b.fcmp_ordered("==", x, ir.Constant(x.type, 0.0)), ir.Constant(x.type, 0.0), x)
        return self._mix(b, ir.Constant(I64, FNV_OFFSET), to_word(b, x))

    @staticmethod
    def _mix(b: ir.IRBuilder, h: ir.Value, x: ir.Value) -> ir.Value:
        return b.mul(b.xor(h, x), ir.Constant(I64, FNV_PRIME))

    def _scalar_display(self, name: str, b: ir.IRBuilder, args) -> ir.Value:
        x = args[0]
        if name == "Int":
            return b.call(self.rt.fn("mesh_rt_int_to_string"), [x])
        if name == "Float":
            return b.call(self.rt.fn("mesh_rt_float_to_string"), [x])
        if name == "Bool":
            return b.call(self.rt.fn("mesh_rt_bool_to_string"), [b.zext(x, I8)])
        if name == "()":
            return self.me.constants.string("()")
        if name == "Atom":     # same layout as a string, but a String object is returned
            return b.call(self.rt.fn("mesh_rt_string_new"), [self._bytes_ptr(b, x), self._length(b, x)])
        return x

    def _scalar_debug(self, name: str, b: ir.IRBuilder, args) -> ir.Value:
        x = args[0]
        if name == "String":
            if declared("mesh_rt_string_quote"):
                return b.call(self.rt.fn("mesh_rt_string_quote"), [x])
            quote = self.me.constants.string('"')
            return self.concat(b, [quote, x, quote])
        if name == "Atom":
            return self.concat(b, [self.me.constants.string(":"), self._scalar_display(name, b, args)])
        return self._scalar_display(name, b, args)

    def _length(self, b: ir.IRBuilder, s: ir.Value) -> ir.Value:
        ptr = b.gep(s, [ir.Constant(I64, 16)], source_etype=I8)
        return b.load(ptr, typ=I64, name="len")

    def _bytes_ptr(self, b: ir.IRBuilder, s: ir.Value) -> ir.Value:
        return b.gep(s, [ir.Constant(I64, 24)], source_etype=I8)

    def _string_hash(self) -> ir.Function:
        """FNV-1a over the bytes of a string-layout object."""
        found = self.module.globals.get("mesh.string_hash")
        if found is not None:
            return found
        fn = ir.Function(self.module, ir.FunctionType(I64, [PTR]), "mesh.string_hash")
        fn.linkage = "internal"
        entry, loop, done = fn.append_basic_block("entry"), fn.append_basic_block("loop"), fn.append_basic_block("done")
        b = ir.IRBuilder(entry)
        n = self._length(b, fn.args[0])
        data = self._bytes_ptr(b, fn.args[0])
        b.cbranch(b.icmp_signed(">", n, ir.Constant(I64, 0)), loop, done)
        b.position_at_end(loop)
        i = b.phi(I64, "i")
        h = b.phi(I64, "h")
        byte = b.zext(b.load(b.gep(data, [i], source_etype=I8), typ=I8), I64)
        h2 = self._mix(b, h, byte)
        i2 = b.add(i, ir.Constant(I64, 1))
        i.add_incoming(ir.Constant(I64, 0), entry)
        i.add_incoming(i2, loop)
        h.add_incoming(ir.Constant(I64, FNV_OFFSET), entry)
        h.add_incoming(h2, loop)
        b.cbranch(b.icmp_signed("<", i2, n), loop, done)
        b.position_at_end(done)
        result = b.phi(I64, "hash")
        result.add_incoming(ir.Constant(I64, FNV_OFFSET), entry)
        result.add_incoming(h2, loop)
        b.ret(result)
        return fn

    # -- records (tuples, structs): fields loaded by ``fields(value)``
    def _fields_eq(self, b, fn, types, fields, args, name, form, t=None) -> None:
        xs, ys = fields(args[0]), fields(args[1])
        fail = fn.append_basic_block("ne")
        for ft, x, y in zip(types, xs, ys):
            ok = fn.append_basic_block("eq.next")
            b.cbranch(self.call(b, "eq", ft, [x, y]), ok, fail)
            b.position_at_end(ok)
        b.ret(ir.Constant(I1, 1))
        b.position_at_end(fail)
        b.ret(ir.Constant(I1, 0))

    def _fields_cmp(self, b, fn, types, fields, args, name, form, t=None) -> None:
        xs, ys = fields(args[0]), fields(args[1])
        self._lexicographic(b, fn, types, xs, ys)
        b.ret(ir.Constant(I64, 0))

    def _lexicographic(self, b, fn, types, xs, ys) -> None:
        """Return the first non-zero field comparison; fall through when all are equal."""
        for ft, x, y in zip(types, xs, ys):
            c = self.call(b, "cmp", ft, [x, y])
            differ, same = fn.append_basic_block("cmp.differ"), fn.append_basic_block("cmp.next")
            b.cbranch(b.icmp_signed("!=", c, ir.Constant(I64, 0)), differ, same)
            b.position_at_end(differ)
            b.ret(c)
            b.position_at_end(same)

    def _fields_hash(self, b, fn, types, fields, args, name, form, t=None, seed=FNV_OFFSET) -> None:
        h: ir.Value = ir.Constant(I64, seed)
        for ft, x in zip(types, fields(args[0])):
            h = self._mix(b, h, self.call(b, "hash", ft, [x]))
        b.ret(h)

    def _fields_display(self, b, fn, types, fields, args, name, form, t=None) -> None:
        b.ret(self._text(b, "display", types, fields(args[0]), name, form, t))

    def _fields_debug(self, b, fn, types, fields, args, name, form, t=None) -> None:
        b.ret(self._text(b, "debug", types, fields(args[0]), name, form, t))

    def _text(self, b, op, types, values, name, form, t) -> ir.Value:
        s = self.me.constants.string
        parts: list[ir.Value] = []
        if form == "struct" and op == "debug":
            field_names = [n for n, _ in self.me.types.struct_fields(t)]
            if not values:
                return s(f"{name} {{}}")
            parts.append(s(f"{name} {{ "))
            for i, (fname, ft, v) in enumerate(zip(field_names, types, values)):
                parts.append(s(f"{', ' if i else ''}{fname}: "))
                parts.append(self.call(b, "debug", ft, [v]))
            parts.append(s(" }"))
            return self.concat(b, parts)
        if form == "variant" and not values:
            return s(name)
        parts.append(s(f"{name}("))
        for i, (ft, v) in enumerate(zip(types, values)):
            if i:
                parts.append(s(", "))
            parts.append(self.call(b, "debug" if op == "debug" else self.text_op(ft), ft, [v]))
        parts.append(s(")"))
        return self.concat(b, parts)

    # -- sums: dispatch on the tag
    def _sum(self, op: str, t: TCon, b: ir.IRBuilder, fn: ir.Function, args: list[ir.Value]) -> None:
        types = self.me.types
        variants = types.variants(t)
        tag = load_tag(b, args[0])
        if op in ("eq", "cmp"):
            other = load_tag(b, args[1])
            differ, same = fn.append_basic_block("tag.differ"), fn.append_basic_block("tag.same")
            b.cbranch(b.icmp_signed("!=", tag, other), differ, same)
            b.position_at_end(differ)
            b.ret(ir.Constant(I1, 0) if op == "eq" else
                  self._sign(b, b.icmp_signed("<", tag, other), b.icmp_signed(">", tag, other)))
            b.position_at_end(same)
        bad = fn.append_basic_block("bad.tag")
        switch = b.switch(tag, bad)
        for v in variants:
            block = fn.append_basic_block(f"v.{v.name}")
            switch.add_case(ir.Constant(I64, v.tag), block)
            b.position_at_end(block)
            shape = variant_shape(types, t, v.tag)
            def fields(x, shape=shape, n=len(v.fields)):
                return [load_field(b, x, shape, i) for i in range(n)]
            if op == "hash":
                self._fields_hash(b, fn, list(v.fields), fields, args, v.name, "variant",
                                  seed=FNV_OFFSET ^ v.tag)
            else:
                getattr(self, f"_fields_{op}")(b, fn, list(v.fields), fields, args, v.name, "variant", t)
        b.position_at_end(bad)
        b.unreachable()

    # ------------------------------------------------------------ strings
    def concat(self, b: ir.IRBuilder, parts: list[ir.Value]) -> ir.Value:
        """One string from ``parts`` (a single allocation when the runtime offers concat_n)."""
        if len(parts) == 1:
            return parts[0]
        if declared("mesh_rt_string_concat_n"):
            array = b.alloca(ir.ArrayType(PTR, len(parts)), name="parts")
            for i, p in enumerate(parts):
                b.store(p, b.gep(array, [ir.Constant(I64, 0), ir.Constant(I64, i)]))
            return b.call(self.rt.fn("mesh_rt_string_concat_n"), [array, ir.Constant(I64, len(parts))])
        text = parts[0]
        for p in parts[1:]:
            text = b.call(self.rt.fn("mesh_rt_string_concat"), [text, p])
        return text


