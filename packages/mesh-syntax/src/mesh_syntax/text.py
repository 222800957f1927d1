"""Source text helpers: UTF-8 byte widths and a byte offset -> (line, column) index.

Spans are byte offsets of the UTF-8 encoding while the compiler holds the text
as a Python ``str``.  A file read with ``errors="surrogateescape"`` carries its
invalid bytes as lone surrogates U+DC80..U+DCFF; each of those stands for one
byte, so widths here count them as one byte and the offsets stay true to the
file on disk.
"""

from __future__ import annotations

import bisect


def encode(text: str) -> bytes:
    """UTF-8 bytes of ``text``, tolerating lone surrogates (see module doc)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        out = bytearray()
        for ch in text:
            try:
                out += ch.encode("utf-8")
            except UnicodeEncodeError:
                out += ch.encode("utf-8", "surrogateescape" if "\udc80" <= ch <= "\udcff"
                                 else "surrogatepass")
        return bytes(out)


def utf8_len(text: str) -> int:
    """Byte width of ``text`` in UTF-8."""
    if text.isascii():
        return len(text)
    return len(encode(text))


def decode_source(data: bytes) -> str:
    """Decode a file's bytes for lexing; invalid UTF-8 becomes lone surrogates
    that the lexer reports (chapter 01 §1)."""
    return data.decode("utf-8", "surrogateescape")


class LineIndex:
    """Maps byte offsets of one source text to 1-based (line, column).

    Columns count code points.  LF, CRLF and a lone CR each end a line.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = encode(text)
        starts = [0]
        data = self.data
        i = 0
        n = len(data)
        while True:
            j = data.find(b"\n", i)
            k = data.find(b"\r", i)
            if j < 0 and k < 0:
                break
            if k >= 0 and (j < 0 or k < j):
                nxt = k + 2 if data[k + 1:k + 2] == b"\n" else k + 1
            else:
                nxt = j + 1
            starts.append(nxt)
            i = nxt
            if i >= n:
                break
        self.line_starts = starts

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of byte ``offset``."""
        offset = max(0, min(offset, len(self.data)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        col = len(self.data[start:offset].decode("utf-8", "surrogateescape")) + 1
        return line + 1, col

    def line_span(self, line: int) -> tuple[int, int]:
        """Byte range of 1-based ``line`` without its terminator."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.data)
        while end > start and self.data[end - 1:end] in (b"\n", b"\r"):
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.data[start:end].decode("utf-8", "replace")

    def col_of(self, line: int, offset: int) -> int:
        """0-based code-point column of byte ``offset`` within 1-based ``line``."""
        start, end = self.line_span(line)
        offset = max(start, min(offset, end))
        return len(self.data[start:offset].decode("utf-8", "surrogateescape"))
