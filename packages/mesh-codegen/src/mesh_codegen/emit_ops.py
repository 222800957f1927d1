"""Operators on the scalar types, exactly as spec 05 section 5 defines them.

Int ``+ - *`` wrap (plain LLVM add/sub/mul, no ``nsw``).  ``/`` and ``%``
truncate; a zero divisor panics with the source location; ``MIN / -1`` is
``MIN`` and ``MIN % -1`` is 0 -- the divisor -1 is replaced by 1 before the
``sdiv``/``srem`` (which would trap) and the result fixed up with ``select``.
Float comparisons are ordered (false on NaN) except ``!=`` (unordered, true
on NaN); Float ``%`` is ``frem`` (fmod).  String operators go through the
runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import Type

from .errors import build_error
from .layout import I1, I64, kind

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter

INT_CMP = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
FLOAT_ORDERED = {"==": "==", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def emit_binop(fe: FunctionEmitter, op: str, ty: Type, a: ir.Value, b: ir.Value) -> ir.Value:
    """``a op b`` where both operands have the Mesh type ``ty``."""
    k = kind(ty)
    handler = _BY_KIND.get(k)
    if handler is None:
        raise build_error(f"code generation does not support `{op}` on `{ty!r}` yet", file=fe.mfn.file)
    return handler(fe, op, a, b)


def _int(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    bld = fe.builder
    if op == "+":
        return bld.add(a, b)
    if op == "-":
        return bld.sub(a, b)
    if op == "*":
        return bld.mul(a, b)
    if op in ("/", "%"):
        return _int_divide(fe, op, a, b)
    if op in INT_CMP:
        return bld.icmp_signed(INT_CMP[op], a, b)
    raise _bad(fe, op, "Int")


def _int_divide(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    bld = fe.builder
    divisor_known = isinstance(b, ir.Constant)
    if divisor_known and b.constant == 0:
        return fe.panic_now("division by zero", I64)
    if not divisor_known:
        fe.panic_if(bld.icmp_signed("==", b, ir.Constant(I64, 0)), "division by zero")
    if divisor_known and b.constant != -1:
        return bld.sdiv(a, b) if op == "/" else bld.srem(a, b)
    minus_one = bld.icmp_signed("==", b, ir.Constant(I64, -1))
    safe = bld.select(minus_one, ir.Constant(I64, 1), b)
    if op == "/":
        return bld.select(minus_one, bld.sub(ir.Constant(I64, 0), a), bld.sdiv(a, safe))
    return bld.select(minus_one, ir.Constant(I64, 0), bld.srem(a, safe))


def _float(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    bld = fe.builder
    arith = {"+": bld.fadd, "-": bld.fsub, "*": bld.fmul, "/": bld.fdiv, "%": bld.frem}
    if op in arith:
        return arith[op](a, b)
    if op in FLOAT_ORDERED:
        return bld.fcmp_ordered(FLOAT_ORDERED[op], a, b)
    if op == "!=":
        return bld.fcmp_unordered("!=", a, b)
    raise _bad(fe, op, "Float")


def _bool(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    if op in INT_CMP:
        # false < true: unsigned order of i1
        return fe.builder.icmp_unsigned(INT_CMP[op], a, b)
    raise _bad(fe, op, "Bool")


def _string(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    bld = fe.builder
    if op == "<>":
        return bld.call(fe.runtime.fn("mesh_rt_string_concat"), [a, b])
    if op in ("==", "!="):
        same = bld.call(fe.runtime.fn("mesh_rt_string_eq"), [a, b])
        return bld.icmp_unsigned("!=" if op == "==" else "==", same, ir.Constant(same.type, 0))
    if op in INT_CMP:
        order = bld.call(fe.runtime.fn("mesh_rt_string_cmp"), [a, b])
        return bld.icmp_signed(INT_CMP[op], order, ir.Constant(I64, 0))
    raise _bad(fe, op, "String")


def _unit(fe: FunctionEmitter, op: str, a: ir.Value, b: ir.Value) -> ir.Value:
    if op in ("==", "<=", ">="):
        return ir.Constant(I1, 1)
    if op in ("!=", "<", ">"):
        return ir.Constant(I1, 0)
    raise _bad(fe, op, "()")


_BY_KIND = {"Int": _int, "Float": _float, "Bool": _bool, "String": _string, "()": _unit}


def emit_unop(fe: FunctionEmitter, op: str, kind: str, a: ir.Value) -> ir.Value:
    bld = fe.builder
    if op == "-" and kind == "Int":
        return bld.sub(ir.Constant(I64, 0), a)        # wraps: -MIN == MIN
    if op == "-" and kind == "Float":
        return bld.fneg(a)
    if op == "not" and kind == "Bool":
        return bld.xor(a, ir.Constant(I1, 1))
    raise _bad(fe, op, kind)


def _bad(fe: FunctionEmitter, op: str, kind: str) -> Exception:
    return build_error(f"code generation does not support the operator `{op}` on `{kind}`",
                       file=fe.mfn.file)
