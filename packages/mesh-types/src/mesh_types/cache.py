"""The per-module check cache (spec: "compilation caches per module").

A module's checked results -- its HIR definitions, the inferred signatures
of its top-level definitions, the diagnostics its bodies produced and the
typed expressions behind ``type_at`` -- are stored under a key made of

* the module's name, path and text (its content hash), and
* the *interface hashes* of every module it depends on, transitively.

The interface hash of a module covers what other modules can see of it:
its declarations (structs, sums, aliases, interfaces, impls are hashed as
text) and the resolved signatures of its functions, constants, actors and
services -- not their bodies.  Editing a function body therefore re-checks
that module only; its importers keep their entries unless a signature
changed.  Only modules without errors are stored.

:class:`CheckCache` is an in-process object a long-lived caller (the CLI's
watch mode, the language server) keeps and passes to every ``check``; it
also caches parse trees by content.  With ``directory`` set, entries are
also written there (one pickle file per key) and found again by later
processes.  Entries embed a fingerprint of the checker's own sources, so a
changed compiler never reads stale results.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from . import hir, types
from .hir import Binding
from .types import TCon, TFun, TParam, TTuple, Type

_FORMAT = 1


@dataclass
class ModuleEntry:
    """What a later check reuses instead of checking a module's bodies."""

    interface_hash: str
    module: object             # the hir.Module
    # symbol -> (type, quantified params, the bounds of each param, projections)
    signatures: dict[str, tuple]
    const_types: dict[str, Type]
    service_ops: dict[str, dict[str, tuple[str, int, Type]]]
    diagnostics: list          # warnings of the module's bodies
    typed_exprs: dict[str, list] = field(default_factory=dict)


class CheckCache:
    """Hold one across ``check`` calls: ``check(sources, cache=c)``."""

    def __init__(self, directory: str | os.PathLike | None = None,
                 max_entries: int = 4096, max_files: int = 2048) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.max_entries = max_entries
        self.max_files = max_files
        self._entries: dict[str, bytes] = {}
        self._parses: dict[tuple[str, str], object] = {}
        self.hits = 0
        self.misses = 0

    # ------------------------------------------------------------ parse trees

    def parsed(self, path: str, text: str, parse):
        """``parse(text, file=path)``, reused while the text is unchanged."""
        key = (path, _digest(text))
        result = self._parses.get(key)
        if result is None:
            result = parse(text, file=path)
            if len(self._parses) >= self.max_entries:
                self._parses.clear()
            self._parses[key] = result
        return result

    # ------------------------------------------------------------ module entries

    def get(self, key: str, fresh_binding_id=None, fresh_param=None) -> ModuleEntry | None:
        """The entry stored under ``key``.  Its bindings and type parameters
        get new ids from ``fresh_binding_id()`` / ``fresh_param(name)`` (the
        current run's counters), so ids stay unique within the new program."""
        blob = self._entries.get(key)
        if blob is None and self.directory is not None:
            file = self.directory / f"{key}.mtc"
            try:
                blob = file.read_bytes()
                os.utime(file)  # recently used: kept by pruning
            except OSError:
                blob = None
            if blob is not None:
                self._entries[key] = blob
        if blob is None:
            self.misses += 1
            return None
        try:
            entry = _Loader(io.BytesIO(blob), fresh_binding_id, fresh_param).load()
        except Exception:  # noqa: BLE001 -- a damaged cache file is a miss, never a crash
            self._entries.pop(key, None)
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: ModuleEntry) -> None:
        buffer = io.BytesIO()
        _Dumper(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(entry)
        blob = buffer.getvalue()
        if len(self._entries) >= self.max_entries:
            self._entries.clear()
        self._entries[key] = blob
        if self.directory is not None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                tmp = self.directory / f"{key}.{os.getpid()}.tmp"
                tmp.write_bytes(blob)
                os.replace(tmp, self.directory / f"{key}.mtc")
                self._prune_directory()
            except OSError:
                pass  # the cache is an optimisation: an unwritable directory is not an error

    def _prune_directory(self) -> None:
        """Keep the on-disk cache bounded: past ``max_files`` entries (plus a
        quarter, so pruning is rare), drop the least recently used ones."""
        files = list(self.directory.glob("*.mtc"))
        if len(files) <= self.max_files + self.max_files // 4:
            return
        def last_used(f: Path) -> float:
            try:
                return f.stat().st_mtime
            except OSError:  # removed by a concurrent pruner
                return 0.0
        files.sort(key=last_used)
        for f in files[:len(files) - self.max_files]:
            try:
                f.unlink()
            except OSError:
                pass


# ---------------------------------------------------------------- (de)serialising

class _Dumper(pickle.Pickler):
    """Bindings and type parameters are written by reference (old id and
    contents) so that loading can give them ids of the loading run."""

    def persistent_id(self, obj):
        kind = type(obj)
        if kind is TParam:
            return ("p", obj.id, obj.name)
        if kind is Binding:
            return ("b", obj.id, obj.name, obj.ty, obj.span)
        return None


class _Loader(pickle.Unpickler):
    def __init__(self, file, fresh_binding_id, fresh_param) -> None:
        super().__init__(file)
        self.fresh_binding_id = fresh_binding_id
        self.fresh_param = fresh_param
        self.bindings: dict[int, Binding] = {}
        self.params: dict[int, TParam] = {}

    def persistent_load(self, pid):
        if pid[0] == "p":
            _, old, name = pid
            p = self.params.get(old)
            if p is None:
                p = self.fresh_param(name) if self.fresh_param else TParam(old, name)
                self.params[old] = p
            return p
        _, old, name, ty, span = pid
        b = self.bindings.get(old)
        if b is None:
            new_id = self.fresh_binding_id() if self.fresh_binding_id else old
            b = self.bindings[old] = Binding(new_id, name, ty, span)
        return b


def _fast_pickling(module) -> None:
    """Slotted dataclasses pickle through ``dataclasses.fields()`` per object,
    which dominated storing and loading entries; give the HIR and type
    classes a state of precomputed field names instead (same data)."""
    for cls in vars(module).values():
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)
                and "__slots__" in cls.__dict__):
            continue
        names = tuple(f.name for f in dataclasses.fields(cls))

        def getstate(self, _names=names):
            return tuple(getattr(self, n) for n in _names)

        def setstate(self, state, _names=names):
            for n, v in zip(_names, state):
                object.__setattr__(self, n, v)
        cls.__getstate__ = getstate
        cls.__setstate__ = setstate


_fast_pickling(hir)
_fast_pickling(types)


# ---------------------------------------------------------------- keys

def module_key(name: str, path: str, text: str, entry: str, dep_hashes: list[str]) -> str:
    h = hashlib.sha256()
    for part in (_compiler_fingerprint(), str(_FORMAT), entry, name, path, text, *dep_hashes):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def interface_hash(declarations: list[str], signatures: dict[str, tuple]) -> str:
    """Hash of what importers can see: declaration texts and signatures with
    quantified parameters renamed canonically."""
    h = hashlib.sha256()
    for text in declarations:
        h.update(text.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    for symbol in sorted(signatures):
        ty, params, bounds, *rest = signatures[symbol]
        shown_bounds = [sorted(b) for b in bounds]
        shown_proj = [(canonical(t, params), canonical(o, params), i)
                      for t, o, i in (rest[0] if rest else ())]
        h.update(f"{symbol}:{canonical(ty, params)}:{shown_bounds}:{shown_proj}".encode())
        h.update(b"\0")
    return h.hexdigest()


def canonical(t: Type, params: list[TParam]) -> str:
    names = {p.id: f"t{i}" for i, p in enumerate(params)}

    def show(x: Type) -> str:
        if isinstance(x, TParam):
            return names.get(x.id, "?" + x.name)
        if isinstance(x, TCon):
            return x.name + ("<" + ",".join(map(show, x.args)) + ">" if x.args else "")
        if isinstance(x, TFun):
            return "Fun(" + ",".join(map(show, x.params)) + ")->" + show(x.ret)
        if isinstance(x, TTuple):
            return "(" + ",".join(map(show, x.elems)) + ")"
        return repr(x)
    return show(t)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_FINGERPRINT: str | None = None


def _compiler_fingerprint() -> str:
    """A hash of the checker's and parser's own sources (computed once)."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        import mesh_syntax
        h = hashlib.sha256()
        for pkg in (Path(__file__).parent, Path(mesh_syntax.__file__).parent):
            for file in sorted(pkg.rglob("*.py")):
                h.update(file.read_bytes())
        _FINGERPRINT = h.hexdigest()
    return _FINGERPRINT
