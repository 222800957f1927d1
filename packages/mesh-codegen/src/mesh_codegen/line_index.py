"""Byte offsets -> 1-based line/column, for panic locations and debug line tables."""

from __future__ import annotations

import bisect

from .mir import Loc


class LineIndex:
    def __init__(self, source: str) -> None:
        data = source.encode("utf-8")
        self._starts = [0] + [i + 1 for i, b in enumerate(data) if b == 0x0A]

    def loc(self, offset: int) -> Loc:
        line = bisect.bisect_right(self._starts, offset)
        return Loc(line, offset - self._starts[line - 1] + 1)


class SourceMap:
    """Line indexes for every file of a program, built lazily."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources
        self._indexes: dict[str, LineIndex] = {}

    def loc(self, file: str, offset: int) -> Loc | None:
        if file not in self.sources:
            return None
        index = self._indexes.get(file)
        if index is None:
            index = self._indexes[file] = LineIndex(self.sources[file])
        return index.loc(offset)
