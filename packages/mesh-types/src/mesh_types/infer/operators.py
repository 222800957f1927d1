"""Typing of unary and binary operators (spec 03 §11).

The interface of a binary operator is looked up on the type of its *left*
operand; the right operand is then checked against it (E0001).  When the
left type lacks the interface the only diagnostic is E0006 -- the right
operand is still inferred (for its own errors) but not compared.  On a type
still being inferred the interface becomes a constraint on the variable
(spec 03 §4.6) and the operator is homogeneous: result type = operand type.
"""

from __future__ import annotations

from mesh_syntax.diagnostics import Label

from .. import errors, hir
from ..interfaces import ARITHMETIC, COMPARISON, CONCAT
from ..types import BOOL, ERROR, INT, prune
from .literals import INT_MIN_MAGNITUDE

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
        return hir.Binary(result_of(lhs.ty), node.span, op, lhs, rhs)

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
            return hir.Unary(operand.ty, node.span, op, operand)
        if op == "not":
            operand = self.check_expr(operand_node, BOOL,
                                      help=[f"`{node.op()}` negates a `Bool`"])
            return hir.Unary(BOOL, node.span, "not", operand)
        return self.unsupported(node)
