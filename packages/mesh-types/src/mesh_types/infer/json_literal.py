"""`json { key: value, ... }` (spec 02 §4.2): a JSON object literal of type
`String`, desugared to string interpolation -- each value through
`Json.encode` (so it must be `ToJson`), a nested `json { }` literal
embedded as it is (it is already JSON object text)."""

from __future__ import annotations

from mesh_syntax import ast
from mesh_syntax.diagnostics import Label

from .. import errors, hir
from ..types import ERROR, STRING, TFun, prune


class JsonLiteralRules:
    def e_JSON_LIT(self, node) -> hir.Expr:
        parts: list[hir.Expr] = []
        text = "{"
        seen: dict = {}
        for i, f in enumerate(node.fields()):
            name = f.name() or ""
            tok = f.name_token()
            span = tok.span if tok is not None else f.span
            if name in seen:
                self.report(errors.duplicate(self.file, span, "key", name,
                                             Label(seen[name], "first given here")))
                self.infer(f.value())
                continue
            seen[name] = span
            text += ("," if i else "") + '"' + name + '":'
            parts.append(hir.StrLit(STRING, node.span, text))
            text = ""
            value_node = f.value()
            value = self.infer(value_node)
            if isinstance(value_node, ast.JsonLit):
                parts.append(value)   # already JSON text
                continue
            m = self.u.require(value.ty, "ToJson")
            if m is not None and prune(value.ty) != ERROR:
                self.report(errors.missing_impl(self.file, value.span, m.left, "ToJson"))
            encode = hir.BuiltinRef(TFun((value.ty,), STRING), value.span, "Json.encode")
            parts.append(hir.Call(STRING, value.span, encode, [value]))
        parts.append(hir.StrLit(STRING, node.span, text + "}"))
        return hir.Interp(STRING, node.span, parts)
