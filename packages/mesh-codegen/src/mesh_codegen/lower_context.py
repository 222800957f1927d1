"""State shared by the lowering of all functions of a program: the instance worklist.

Lowering drives monomorphisation: every reference to a function instance
(a call, a function value, a resolved interface method, the impl methods a
type's descriptor will call) *requests* it, and requested instances are
lowered until none is left.  Lambdas and wrappers become extra MIR
functions here too.
"""

from __future__ import annotations

import itertools

from mesh_types import hir
from mesh_types.types import TCon, TFun, TTuple, Type, prune

from . import mir
from .capabilities import OPS, Capabilities
from .impls import Impls
from .line_index import SourceMap
from .monomorphise import Instance
from .type_defs import TypeDefs


class LoweringContext:
    def __init__(self, program: hir.Program) -> None:
        self.program = program
        self.fns = program.functions()
        self.types = TypeDefs(program)
        self.impls = Impls(program)
        self.caps = Capabilities(self.types, self.impls)
        self.sources = SourceMap({m.path: m.source for m in program.modules})
        self.queue: list[Instance] = []
        self.names: set[str] = set()
        self.functions: list[mir.Function] = []
        self._required: set[str] = set()
        self._ids = itertools.count(1)
        from .json_codec import JsonCodecs     # it builds functions with FunctionLowerer
        self.json = JsonCodecs(self)

    def request(self, inst: Instance) -> str:
        if inst.name not in self.names:
            self.names.add(inst.name)
            self.queue.append(inst)
        return inst.name

    def fresh_id(self) -> int:
        """Ids for bindings codegen invents (negative: never clash with the checker's)."""
        return -next(self._ids)

    def require(self, t: Type) -> None:
        """Instantiate the written impl methods (Eq, Ord, Hash, Display, Debug) that the
        value operations and descriptor of ``t`` -- and of its parts -- will call."""
        t = prune(t)
        key = repr(t)
        if key in self._required:
            return
        self._required.add(key)
        if isinstance(t, TTuple):
            for e in t.elems:
                self.require(e)
        elif isinstance(t, TFun):
            for p in (*t.params, t.ret):
                self.require(p)
        elif isinstance(t, TCon):
            for a in t.args:
                self.require(a)
            if self.types.definition(t) is not None:
                for op in OPS:
                    inst = self.caps.user_method(op, t)
                    if inst is not None:
                        self.request(inst)
                for f in self.caps.field_types(t):
                    self.require(f)
