"""Typing of unary and binary operators (spec 03 §11).

The interface of a binary operator is looked up on the type of its *left*
operand; the right operand is then checked against it (E0001).  When the
left type lacks the interface the only diagnostic is E0006 -- the right
operand is still inferred (for its own errors) but not compared.  On a type
still being inferred the interface becomes a constraint on the variable
(spec 03 §4.6) and the operator is homogeneous: result type = operand type.
"""

from __future__ import annotations

import itertools

from mesh_syntax.diagnostics import Label

from .. import errors, hir
from ..interfaces import ARITHMETIC, COMPARISON, CONCAT
from ..types import BOOL, ERROR, INT, TCon, TFun, TParam, prune
from .literals import INT_MIN_MAGNITUDE

# operand types whose operators codegen implements directly
_BUILTIN_OPERANDS = {"Int", "Float", "Bool", "String", "Atom", "()", "List", "Map", "Set",
                     "Range", "Option", "Result", "Ordering", "Json", "Pid", "Queue", "Iter"}
_METHOD = {"Add": "add", "Sub": "sub", "Mul": "mul", "Div": "div", "Mod": "mod"}
# bindings made by the operator desugaring (`a > b` evaluates a, then b)
_temp_ids = itertools.count(1 << 40)

_SPELLING = {"&&": "and", "||": "or", "++": "<>", "!": "not"}


def normalise(op: str) -> str:
    return _SPELLING.get(op, op)


class OperatorRules:
    def e_BINARY_EXPR(self, node) -> hir.Expr:
        source_op = node.op()
        op = normalise(source_op)
        lhs = self.infer(node.lhs())
        if op in ("and", "or"):
            need = [f"`{source_op}` combines two `Bool` values"]
            self.expect(lhs, BOOL, help=need)
            rhs = self.check_expr(node.rhs(), BOOL, help=need)
            return hir.Binary(BOOL, node.span, op, lhs, rhs)
        if op == "..":
            lhs = self.expect(lhs, INT, help=["a range goes from one `Int` to another"])
            rhs = self.check_expr(node.rhs(), INT, help=["a range goes from one `Int` to another"])
            from ..library import MODULES
            callee = self.builtin_ref(MODULES["Range"]["new"][0], node.span)
            return hir.Call(TCon("Range"), node.span, callee, [lhs, rhs])
        if op == "<>":
            iface = CONCAT
        elif op in ARITHMETIC:
            iface = ARITHMETIC[op]
        elif op in COMPARISON:
            iface = COMPARISON[op]
        else:
            return self.unsupported(node)
        result_of = (lambda t: BOOL) if op in COMPARISON else (lambda t: t)
        left = prune(lhs.ty)
        if left == ERROR:
            rhs = self.infer(node.rhs())
            return hir.Binary(ERROR, node.span, op, lhs, rhs)
        m = self.u.require(left, iface)
        if m is not None:
            self.report(errors.missing_impl(self.file, lhs.span, m.left, iface, source_op))
            rhs = self.infer(node.rhs())
            return hir.Binary(ERROR, node.span, op, lhs, rhs)
        rhs = self.infer(node.rhs())
        origin = Label(lhs.span, "expected `{expected}` because of the left operand")
        self.expect(rhs, lhs.ty, origin)
        result = result_of(lhs.ty)
        if op in ARITHMETIC:
            result = self.operator_output(lhs.ty, iface)
        return hir.Binary(result, node.span, op, lhs, rhs)

    def operator_output(self, t, iface: str):
        """`T.Output` of a user impl (spec 03 §9.4); for a type parameter its
        projection (projections.py); the operand type otherwise."""
        t = prune(t)
        if isinstance(t, TParam):
            return self.projection_var(t, iface)
        if isinstance(t, TCon) and t.name not in _BUILTIN_OPERANDS:
            from .impls import find_impl
            found = find_impl(self.program, iface, t)
            if found is not None and "Output" in found[0].assoc:
                from ..types import substitute
                return substitute(found[0].assoc["Output"], found[1])
        return t

    def e_PREFIX_EXPR(self, node) -> hir.Expr:
        op = normalise(node.op())
        operand_node = node.operand()
        if op == "-":
            # `-9223372036854775808` is Int's minimum: the literal 2^63 is
            # valid only here (spec 01 §6.1)
            if operand_node is not None and operand_node.syntax.kind.name == "INT_LIT":
                lit = self.e_INT_LIT(operand_node, negated=True)
                if isinstance(lit, hir.IntLit) and lit.ty == INT:
                    if lit.value == INT_MIN_MAGNITUDE:
                        return hir.IntLit(INT, node.span, -INT_MIN_MAGNITUDE)
                    return hir.Unary(INT, node.span, "-", lit)
                return hir.Unary(lit.ty, node.span, "-", lit)
            operand = self.infer(operand_node)
            m = self.u.require(operand.ty, "Neg")
            if m is not None:
                self.report(errors.missing_impl(self.file, operand.span, m.left, "Neg", "-"))
                return hir.Unary(ERROR, node.span, op, operand)
            return hir.Unary(self.operator_output(operand.ty, "Neg"), node.span, op, operand)
        if op == "not":
            operand = self.check_expr(operand_node, BOOL,
                                      help=[f"`{node.op()}` negates a `Bool`"])
            return hir.Unary(BOOL, node.span, "not", operand)
        return self.unsupported(node)


def _is_user_operand(t) -> bool:
    t = prune(t)
    return isinstance(t, TParam) or (isinstance(t, TCon) and t.name not in _BUILTIN_OPERANDS)


def _method_call(iface: str, method: str, self_t, ret, span, args) -> hir.Expr:
    ref = hir.MethodRef(TFun(tuple(a.ty for a in args), ret), span, iface, method, self_t)
    return hir.Call(ret, span, ref, args)


def _temp(expr: hir.Expr) -> tuple[hir.Let, hir.Expr]:
    b = hir.Binding(next(_temp_ids), "_op", expr.ty, expr.span)
    return (hir.Let(hir.PBind(expr.ty, expr.span, b), expr, expr.span),
            hir.LocalRef(expr.ty, expr.span, b))


def user_operator(e):
    """After types are resolved: an operator on a user type (or a type
    parameter) is a call of its interface method (``hir.MethodRef``), which
    codegen resolves to the impl after monomorphisation."""
    if isinstance(e, hir.Unary):
        if e.op == "-" and _is_user_operand(e.operand.ty):
            return _method_call("Neg", "neg", e.operand.ty, e.ty, e.span, [e.operand])
        return e
    t = e.lhs.ty
    if not _is_user_operand(t):
        return e
    from ..types import BOOL as B
    if e.op in ARITHMETIC:
        iface = ARITHMETIC[e.op]
        return _method_call(iface, _METHOD[iface], t, e.ty, e.span, [e.lhs, e.rhs])
    if e.op in ("==", "!="):
        call = _method_call("Eq", "eq", t, B, e.span, [e.lhs, e.rhs])
        return call if e.op == "==" else hir.Unary(B, e.span, "not", call)
    if e.op in ("<", ">", "<=", ">="):
        # a < b = lt(a, b); a > b = lt(b, a); a <= b = not lt(b, a); a >= b = not lt(a, b)
        swap = e.op in (">", "<=")
        stmts = []
        lhs, rhs = e.lhs, e.rhs
        if swap:
            let_a, lhs = _temp(e.lhs)
            let_b, rhs = _temp(e.rhs)
            stmts = [let_a, let_b]
            lhs, rhs = rhs, lhs
        call = _method_call("Ord", "lt", t, B, e.span, [lhs, rhs])
        if e.op in ("<=", ">="):
            call = hir.Unary(B, e.span, "not", call)
        return hir.Block(B, e.span, stmts, call) if stmts else call
    return e
