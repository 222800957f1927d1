"""The `?` operator (spec 03 §12): E0037 for an operand that is neither
Result nor Option, E0036 when the enclosing return type has not the
needed shape or no `From` impl converts the error."""

from __future__ import annotations

from .. import errors, hir
from ..types import ERROR, TCon, TFun, TVar, prune


class TryRules:
    def e_TRY_EXPR(self, node) -> hir.Expr:
        operand = self.infer(node.expr())
        t = prune(operand.ty)
        if t == ERROR:
            return self.error_expr(node.span)
        if isinstance(t, TVar):
            self.u.unify(t, TCon("Result", (self.u.fresh(), self.u.fresh())))
            t = prune(t)
        if not (isinstance(t, TCon) and t.name in ("Result", "Option")):
            self.report(errors.try_bad_operand(self.file, operand.span, t))
            return self.error_expr(node.span)
        if self.closures:
            ret = self.closures[-1].ret
        elif self.in_const is not None or self.return_type is None:
            self.report(errors.try_bad_return(self.file, node.span, None, t.name))
            return self.error_expr(node.span)
        else:
            ret = self.return_type
        r = prune(ret)
        if isinstance(r, TVar):
            shape = TCon("Result", (self.u.fresh(), t.args[1])) if t.name == "Result" else \
                TCon("Option", (self.u.fresh(),))
            self.u.unify(r, shape)
            r = prune(r)
        if not (isinstance(r, TCon) and r.name == t.name):
            self.report(errors.try_bad_return(self.file, node.span, r, t.name))
            return self.error_expr(node.span)
        convert = None
        if t.name == "Result":
            err, want = prune(t.args[1]), prune(r.args[1])
            if self.u.unify(want, err) is not None:
                impls = self.program.impl_index.get(("From", getattr(want, "name", None)), ())
                if not any(i.iface_args and prune(i.iface_args[0]) == err for i in impls):
                    self.report(errors.try_bad_return(self.file, node.span, r, "Result",
                                                      (err, want)))
                    return self.error_expr(node.span)
                convert = hir.MethodRef(TFun((err,), want), node.span, "From", "from", want,
                                        [err])
        return hir.Try(t.args[0], node.span, operand, t.name.lower(), convert)
