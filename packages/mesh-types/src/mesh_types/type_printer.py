"""Types as users read them in diagnostics (spec 03 §13).

Source syntax (`List<Int>`, `Option<Int>` -- never the `?`/`!` sugar --,
`(Int, Bool)`, `()`, `Fun(Int) -> Bool`); unresolved variables are named
`a`, `b`, ... in order of first appearance *within one message*, so one
:class:`TypePrinter` is used per diagnostic.  Types of the entry module
are written unqualified, types of other modules qualified.
"""

from __future__ import annotations

import string

from .types import ERROR, TCon, TFun, TParam, TTuple, TVar, Type, prune


class TypePrinter:
    def __init__(self, entry_module: str = "Main") -> None:
        self._var_names: dict[int, str] = {}
        self._entry_prefix = entry_module + "."

    def _name_var(self, var: TVar) -> str:
        name = self._var_names.get(var.id)
        if name is None:
            n = len(self._var_names)
            letters = string.ascii_lowercase
            name = letters[n % 26] + (str(n // 26) if n >= 26 else "")
            self._var_names[var.id] = name
        return name

    def show(self, t: Type) -> str:
        t = prune(t)
        if isinstance(t, TVar):
            return self._name_var(t)
        if isinstance(t, TParam):
            return t.name
        if t == ERROR:
            return "_"
        if isinstance(t, TTuple):
            return "(" + ", ".join(self.show(e) for e in t.elems) + ")"
        if isinstance(t, TFun):
            params = ", ".join(self.show(p) for p in t.params)
            return f"Fun({params}) -> {self.show(t.ret)}"
        if isinstance(t, TCon):
            name = t.name
            name = name.removeprefix(self._entry_prefix)
            if not t.args:
                return name
            return f"{name}<{', '.join(self.show(a) for a in t.args)}>"
        return repr(t)


def show_type(t: Type, entry_module: str = "Main") -> str:
    """One type on its own (a fresh variable naming)."""
    return TypePrinter(entry_module).show(t)
