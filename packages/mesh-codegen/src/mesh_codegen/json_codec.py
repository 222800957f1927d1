"""``deriving(Json)`` and ``Json.encode`` (spec 11 s13.3): per-type MIR functions that turn a
value into a ``Json`` and back.

For each type ``T`` met, lowering asks for

* ``mesh.json.to<T>(value :: T) -> Json`` -- structs become objects with their fields in
  declaration order, sum values ``{"tag": "Variant", "fields": [...]}``, ``Option`` null or
  the value, ``List`` arrays, ``Map<String, _>`` objects; a written ``impl ToJson`` wins;
* ``mesh.json.from<T>(value :: Json) -> T!String`` -- the inverse, with the spec's error
  texts (``expected Object``, ``missing field: <name>``, ``expected Int`` ...); a missing
  or null member of an ``Option`` field is ``None``; an ``Int`` accepts an integral float;
* ``mesh.json.parse<T>(text :: String) -> T!String`` -- ``Json.parse`` then ``from<T>``
  (``T.from_json``).

Each is generated once, by name, before its body refers to others, so recursive types
work.  Sum types other than these built-ins have no fixed error text in the spec; we use
``missing field: tag``, ``unknown variant: <name>`` and ``wrong number of fields for
<Variant>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mesh_types import hir
from mesh_types.types import BOOL, FLOAT, INT, STRING, TCon, TFun, Type, prune

from . import mir
from .mangle import type_name

if TYPE_CHECKING:
    from .lower import FunctionLowerer
    from .lower_context import LoweringContext

JSON = TCon("Json")
LIST_JSON = TCon("List", (JSON,))
MAP_JSON = TCon("Map", (STRING, JSON))
NULL, BOOL_TAG, INT_TAG, FLOAT_TAG, STRING_TAG, ARRAY_TAG, OBJECT_TAG = range(7)
SCALAR_TAGS = {"Int": INT_TAG, "Float": FLOAT_TAG, "Bool": BOOL_TAG, "String": STRING_TAG}
OK, ERR, NONE, SOME = 0, 1, 0, 1
INT_LIMIT = 9.223372036854775808e18       # 2**63: Int holds [-2**63, 2**63)


def result_of(t: Type) -> TCon:
    return TCon("Result", (t, STRING))


class JsonCodecs:
    def __init__(self, ctx: LoweringContext) -> None:
        self.ctx = ctx
        self._made: set[str] = set()

    # ------------------------------------------------------------ the functions
    def encoder(self, t: Type) -> str:
        return self._function("to", t, t, JSON, lambda g, x: g.encode_body(x, prune(t)))

    def decoder(self, t: Type) -> str:
        return self._function("from", t, JSON, result_of(t), lambda g, j: g.decode_body(j, prune(t)))

    def text_decoder(self, t: Type) -> str:
        return self._function("parse", t, STRING, result_of(t), lambda g, s: g.parse_body(s, prune(t)))

    def _function(self, kind: str, t: Type, param_t: Type, ret_t: Type, fill) -> str:
        name = f"mesh.json.{kind}<{type_name(t)}>"
        if name in self._made:
            return name
        self._made.add(name)
        from .lower import FunctionLowerer

        d = self.ctx.types.definition(prune(t))
        file = d.file if d is not None else "<builtin>"
        param = hir.Binding(self.ctx.fresh_id(), "value", param_t, None)
        lw = FunctionLowerer(self.ctx, name=name, symbol=name, type_args=(), mapping={}, file=file,
                             params=[param], ret=ret_t, span=None, self_name=None)
        lw.b.start(lw.b.block("start"))
        fill(_Gen(self, lw), lw.mfn.params[0])
        self.ctx.functions.append(lw.mfn)
        return name


class _Gen:
    """Writes one codec function's MIR (no source locations: it is compiler-made)."""

    def __init__(self, codecs: JsonCodecs, lw: FunctionLowerer) -> None:
        self.codecs = codecs
        self.lw = lw
        self.b = lw.b
        self.ret_t = lw.mfn.ret

    # ------------------------------------------------------------ small MIR helpers
    def emit(self, ins: mir.Instr) -> None:
        self.b.emit(ins)

    def temp(self, t: Type, name: str) -> mir.Local:
        return self.lw.temp(t, name)

    def call(self, fn: str, args: list[mir.Operand], ret: Type) -> mir.Local:
        dest = self.temp(ret, "call")
        self.emit(mir.Call(None, dest, fn, args))
        return dest

    def builtin(self, name: str, args: list[mir.Operand], ret: Type) -> mir.Local:
        dest = self.temp(ret, name.rsplit(".", 1)[-1])
        self.emit(mir.CallBuiltin(None, dest, name, args))
        return dest

    def variant(self, t: Type, tag: int, args: list[mir.Operand]) -> mir.Local:
        dest = self.temp(t, "variant")
        self.emit(mir.MakeVariant(None, dest, tag, args))
        return dest

    def tag(self, value: mir.Operand) -> mir.Local:
        dest = self.temp(INT, "tag")
        self.emit(mir.VariantTag(None, dest, value))
        return dest

    def payload(self, value: mir.Operand, tag: int, t: Type, index: int = 0) -> mir.Local:
        dest = self.temp(t, "payload")
        self.emit(mir.VariantGet(None, dest, value, tag, index))
        return dest

    def binop(self, op: str, a: mir.Operand, b: mir.Operand, t: Type, result: Type = BOOL) -> mir.Local:
        dest = self.temp(result, "v")
        self.emit(mir.BinOp(None, dest, op, a, b, t))
        return dest

    def branch(self, cond: mir.Operand, hint: str) -> tuple[mir.Block, mir.Block]:
        yes, no = self.b.block(hint), self.b.block(hint + ".not")
        self.b.terminate(mir.Branch(None, cond, yes, no))
        return yes, no

    def ret(self, value: mir.Operand) -> None:
        self.b.terminate(mir.Return(None, value))

    def fail(self, message: mir.Operand | str) -> None:
        text = mir.Const(message, STRING) if isinstance(message, str) else message
        self.ret(self.variant(self.ret_t, ERR, [text]))

    def ok(self, value: mir.Operand) -> None:
        self.ret(self.variant(self.ret_t, OK, [value]))

    def when_tag(self, value: mir.Operand, tag: int, otherwise: str) -> None:
        """Continue when the Json ``value`` has ``tag``; else return ``Err(otherwise)``."""
        yes, no = self.branch(self.binop("==", self.tag(value), mir.Const(tag, INT), INT), "json.kind")
        self.b.start(no)
        self.fail(otherwise)
        self.b.start(yes)

    def unwrap(self, result: mir.Operand, t: Type) -> mir.Local:
        """The ``Ok`` value of a ``T!String``; an ``Err`` is returned as it is (re-typed)."""
        ok, err = self.branch(self.binop("==", self.tag(result), mir.Const(OK, INT), INT), "json.ok")
        self.b.start(err)
        self.fail(self.payload(result, ERR, STRING))
        self.b.start(ok)
        return self.payload(result, OK, t)

    def counted_loop(self, n: mir.Operand, body) -> None:
        """``for i in 0..n do body(i) end``; ``body`` may return early."""
        i = self.b.var(INT, "i")
        self.emit(mir.Assign(None, i, mir.Const(0, INT)))
        head, item, done = self.b.block("json.loop"), self.b.block("json.item"), self.b.block("json.done")
        self.b.goto(head)
        self.b.start(head)
        self.emit(mir.SafePoint(None))
        self.b.terminate(mir.Branch(None, self.binop("<", i, n, INT), item, done))
        self.b.start(item)
        body(i)
        self.emit(mir.Assign(None, i, self.binop("+", i, mir.Const(1, INT), INT, INT)))
        self.b.goto(head)
        self.b.start(done)

    def map_loop(self, m: mir.Operand, map_t: TCon, body) -> None:
        """Every entry of a map in insertion order: ``body(key, value)``."""
        cursor = self.b.var(INT, "cursor")
        self.emit(mir.Assign(None, cursor, mir.Const(0, INT)))
        head, item, done = self.b.block("json.entries"), self.b.block("json.entry"), self.b.block("json.done")
        self.b.goto(head)
        self.b.start(head)
        self.emit(mir.SafePoint(None))
        nxt, key, value = self.temp(INT, "cursor"), self.temp(map_t.args[0], "key"), self.temp(map_t.args[1], "value")
        self.emit(mir.CursorNext(None, nxt, key, value, "map", m, cursor))
        self.emit(mir.Assign(None, cursor, nxt))
        self.b.terminate(mir.Branch(None, self.binop(">=", nxt, mir.Const(0, INT), INT), item, done))
        self.b.start(item)
        body(key, value)
        self.b.goto(head)
        self.b.start(done)

    def accumulate(self, t: Type, initial: mir.Operand) -> tuple[mir.Local, callable]:
        acc = self.b.var(t, "acc")
        self.emit(mir.Assign(None, acc, initial))

        def update(value: mir.Operand) -> None:
            self.emit(mir.Assign(None, acc, value))
        return acc, update

    def user_to_json(self, t: Type):
        ctx = self.codecs.ctx
        return ctx.impls.find_method("ToJson", "to_json", t, (), TFun((t,), JSON))

    # ------------------------------------------------------------ encoding
    def encode(self, value: mir.Operand, t: Type) -> mir.Local:
        return self.call(self.codecs.encoder(t), [value], JSON)

    def encode_body(self, x: mir.Local, t: Type) -> None:
        name = t.name if isinstance(t, TCon) else ""
        types = self.codecs.ctx.types
        user = self.user_to_json(t) if types.definition(t) is not None else None
        if user is not None:
            self.ret(self.call(self.codecs.ctx.request(user), [x], JSON))
        elif name in SCALAR_TAGS and not t.args:
            self.ret(self.variant(JSON, SCALAR_TAGS[name], [x]))
        elif t == JSON:
            self.ret(x)
        elif name == "Option":
            some, none = self.branch(self.binop("==", self.tag(x), mir.Const(SOME, INT), INT), "json.some")
            self.b.start(none)
            self.ret(self.variant(JSON, NULL, []))
            self.b.start(some)
            self.ret(self.encode(self.payload(x, SOME, t.args[0]), t.args[0]))
        elif name == "List":
            f = self.temp(TFun((t.args[0],), JSON), "encode")
            self.emit(mir.FnValue(None, f, self.codecs.encoder(t.args[0])))
            self.ret(self.variant(JSON, ARRAY_TAG, [self.builtin("List.map", [x, f], LIST_JSON)]))
        elif name == "Map" and prune(t.args[0]) == STRING:
            acc, update = self.accumulate(MAP_JSON, self.builtin("Map.new", [], MAP_JSON))
            self.map_loop(x, t, lambda k, v: update(self.builtin("Map.put", [acc, k, self.encode(v, t.args[1])],
                                                                 MAP_JSON)))
            self.ret(self.variant(JSON, OBJECT_TAG, [acc]))
        elif types.is_struct(t):
            obj = self.builtin("Map.new", [], MAP_JSON)
            for i, (field, ft) in enumerate(types.struct_fields(t)):
                v = self.temp(ft, field)
                self.emit(mir.RecordGet(None, v, x, i))
                obj = self.builtin("Map.put", [obj, mir.Const(field, STRING), self.encode(v, ft)], MAP_JSON)
            self.ret(self.variant(JSON, OBJECT_TAG, [obj]))
        elif types.is_sum(t):
            self.encode_sum(x, t)
        else:
            raise self.lw.unsupported(f"converting `{t!r}` to JSON", None)

    def encode_sum(self, x: mir.Local, t: TCon) -> None:
        variants = self.codecs.ctx.types.variants(t)
        blocks = [self.b.block(f"json.{v.name}") for v in variants]
        self.b.terminate(mir.Switch(None, self.tag(x), [(v.tag, blk) for v, blk in zip(variants, blocks)],
                                    blocks[-1]))
        for v, blk in zip(variants, blocks):
            self.b.start(blk)
            parts = []
            for i, ft in enumerate(v.fields):
                parts.append(self.encode(self.payload(x, v.tag, ft, i), ft))
            fields = self.variant(JSON, ARRAY_TAG, [self.builtin("$list.of", parts, LIST_JSON)])
            obj = self.builtin("Map.new", [], MAP_JSON)
            name = self.variant(JSON, STRING_TAG, [mir.Const(v.name, STRING)])
            obj = self.builtin("Map.put", [obj, mir.Const("tag", STRING), name], MAP_JSON)
            obj = self.builtin("Map.put", [obj, mir.Const("fields", STRING), fields], MAP_JSON)
            self.ret(self.variant(JSON, OBJECT_TAG, [obj]))

    # ------------------------------------------------------------ decoding
    def decode(self, j: mir.Operand, t: Type) -> mir.Local:
        """The decoded value; returns early with the error when decoding fails."""
        return self.unwrap(self.call(self.codecs.decoder(t), [j], result_of(t)), t)

    def parse_body(self, s: mir.Local, t: Type) -> None:
        j = self.unwrap(self.builtin("Json.parse", [s], result_of(JSON)), JSON)
        self.ret(self.call(self.codecs.decoder(t), [j], result_of(t)))

    def decode_body(self, j: mir.Local, t: Type) -> None:
        name = t.name if isinstance(t, TCon) else ""
        types = self.codecs.ctx.types
        if name in ("Bool", "String") and not t.args:
            self.when_tag(j, SCALAR_TAGS[name], f"expected {name}")
            self.ok(self.payload(j, SCALAR_TAGS[name], t))
        elif t == INT:
            self.decode_int(j)
        elif t == FLOAT:
            self.decode_float(j)
        elif t == JSON:
            self.ok(j)
        elif name == "Option":
            null, present = self.branch(self.binop("==", self.tag(j), mir.Const(NULL, INT), INT), "json.null")
            self.b.start(null)
            self.ok(self.variant(t, NONE, []))
            self.b.start(present)
            self.ok(self.variant(t, SOME, [self.decode(j, t.args[0])]))
        elif name == "List":
            self.when_tag(j, ARRAY_TAG, "expected Array")
            items = self.payload(j, ARRAY_TAG, LIST_JSON)
            acc, update = self.accumulate(t, self.builtin("$list.of", [], t))

            def each(i: mir.Operand) -> None:
                item = self.builtin("$list.at", [items, i], JSON)
                update(self.builtin("List.append", [acc, self.decode(item, t.args[0])], t))
            self.counted_loop(self.builtin("List.length", [items], INT), each)
            self.ok(acc)
        elif name == "Map" and prune(t.args[0]) == STRING:
            self.when_tag(j, OBJECT_TAG, "expected Object")
            members = self.payload(j, OBJECT_TAG, MAP_JSON)
            acc, update = self.accumulate(t, self.builtin("Map.new", [], t))
            self.map_loop(members, MAP_JSON, lambda k, v: update(
                self.builtin("Map.put", [acc, k, self.decode(v, t.args[1])], t)))
            self.ok(acc)
        elif types.is_struct(t):
            self.decode_struct(j, t)
        elif types.is_sum(t):
            self.decode_sum(j, t)
        else:
            raise self.lw.unsupported(f"converting JSON to `{t!r}`", None)

    def decode_int(self, j: mir.Local) -> None:
        """A JSON integer, or a float whose value is integral and in range (spec 11 s13.3)."""
        tag = self.tag(j)
        is_int, other = self.branch(self.binop("==", tag, mir.Const(INT_TAG, INT), INT), "json.int")
        self.b.start(is_int)
        self.ok(self.payload(j, INT_TAG, INT))
        self.b.start(other)
        is_float, wrong = self.branch(self.binop("==", tag, mir.Const(FLOAT_TAG, INT), INT), "json.float")
        self.b.start(wrong)
        self.fail("expected Int")
        self.b.start(is_float)
        f = self.payload(j, FLOAT_TAG, FLOAT)
        n = self.builtin("Float.to_int", [f], INT)
        checks = [self.binop(">=", f, mir.Const(-INT_LIMIT, FLOAT), FLOAT),
                  self.binop("<", f, mir.Const(INT_LIMIT, FLOAT), FLOAT)]
        for check in checks:
            yes, no = self.branch(check, "json.range")
            self.b.start(no)
            self.fail("expected Int")
            self.b.start(yes)
        exact, inexact = self.branch(self.binop("==", self.builtin("Int.to_float", [n], FLOAT), f, FLOAT),
                                     "json.integral")
        self.b.start(inexact)
        self.fail("expected Int")
        self.b.start(exact)
        self.ok(n)

    def decode_float(self, j: mir.Local) -> None:
        tag = self.tag(j)
        is_float, other = self.branch(self.binop("==", tag, mir.Const(FLOAT_TAG, INT), INT), "json.float")
        self.b.start(is_float)
        self.ok(self.payload(j, FLOAT_TAG, FLOAT))
        self.b.start(other)
        is_int, wrong = self.branch(self.binop("==", tag, mir.Const(INT_TAG, INT), INT), "json.int")
        self.b.start(wrong)
        self.fail("expected Float")
        self.b.start(is_int)
        self.ok(self.builtin("Int.to_float", [self.payload(j, INT_TAG, INT)], FLOAT))

    def member(self, obj: mir.Operand, key: str) -> tuple[mir.Block, mir.Block, mir.Local]:
        """``Map.fetch(obj, key)``: (present block, missing block, the value for the first)."""
        found = self.builtin("Map.fetch", [obj, mir.Const(key, STRING)], TCon("Option", (JSON,)))
        present, missing = self.branch(self.binop("==", self.tag(found), mir.Const(SOME, INT), INT),
                                       "json.member")
        self.b.start(present)
        value = self.payload(found, SOME, JSON)
        return present, missing, value

    def decode_struct(self, j: mir.Local, t: TCon) -> None:
        self.when_tag(j, OBJECT_TAG, "expected Object")
        obj = self.payload(j, OBJECT_TAG, MAP_JSON)
        values = []
        for field, ft in self.codecs.ctx.types.struct_fields(t):
            slot = self.b.var(ft, field)
            join = self.b.block("json.field")
            _present, missing, member = self.member(obj, field)
            self.emit(mir.Assign(None, slot, self.decode(member, ft)))
            self.b.goto(join)
            self.b.start(missing)
            if isinstance(prune(ft), TCon) and prune(ft).name == "Option":
                self.emit(mir.Assign(None, slot, self.variant(ft, NONE, [])))
                self.b.goto(join)
            else:
                self.fail(f"missing field: {field}")
            self.b.start(join)
            values.append(slot)
        record = self.temp(t, "record")
        self.emit(mir.MakeRecord(None, record, values))
        self.ok(record)

    def decode_sum(self, j: mir.Local, t: TCon) -> None:
        self.when_tag(j, OBJECT_TAG, "expected Object")
        obj = self.payload(j, OBJECT_TAG, MAP_JSON)
        _present, missing, tag_value = self.member(obj, "tag")
        self.when_tag(tag_value, STRING_TAG, "expected String")
        name = self.payload(tag_value, STRING_TAG, STRING)
        after_tag = self.b.current
        self.b.start(missing)
        self.fail("missing field: tag")
        self.b.current = after_tag
        _present, missing, fields_value = self.member(obj, "fields")
        self.when_tag(fields_value, ARRAY_TAG, "expected Array")
        items = self.payload(fields_value, ARRAY_TAG, LIST_JSON)
        count = self.builtin("List.length", [items], INT)
        after_fields = self.b.current
        self.b.start(missing)
        self.fail("missing field: fields")
        self.b.current = after_fields
        for v in self.codecs.ctx.types.variants(t):
            this, other = self.branch(self.binop("==", name, mir.Const(v.name, STRING), STRING), f"json.{v.name}")
            self.b.start(this)
            right, wrong = self.branch(self.binop("==", count, mir.Const(len(v.fields), INT), INT), "json.arity")
            self.b.start(wrong)
            self.fail(f"wrong number of fields for {v.name}")
            self.b.start(right)
            args = [self.decode(self.builtin("$list.at", [items, mir.Const(i, INT)], JSON), ft)
                    for i, ft in enumerate(v.fields)]
            self.ok(self.variant(t, v.tag, args))
            self.b.start(other)
        self.fail(self.binop("<>", mir.Const("unknown variant: ", STRING), name, STRING, STRING))
