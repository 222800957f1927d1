""""Did you mean …?" suggestions by edit distance (shared by every phase)."""

from __future__ import annotations

from collections.abc import Iterable


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and
    swaps of two adjacent characters each cost 1.  With ``limit``, any result
    above it may be reported as ``limit + 1`` (early exit)."""
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if (prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2]
                    and a[i - 2] == b[j - 1]):
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def suggest(name: str, candidates: Iterable[str], max_distance: int = 2) -> str | None:
    """The candidate closest to ``name`` within ``max_distance`` edits, or None.

    A candidate that differs only in letter case wins outright; ties go to the
    candidate seen first.  ``name`` itself is never suggested.
    """
    best: str | None = None
    best_distance = max_distance + 1
    lowered = name.lower()
    for cand in candidates:
        if cand == name:
            continue
        if cand.lower() == lowered:
            return cand
        # very short names would match almost anything at distance 2
        limit = min(max_distance, max(1, len(name) // 3)) if len(name) < 6 else max_distance
        d = edit_distance(name, cand, limit)
        if d <= limit and d < best_distance:
            best, best_distance = cand, d
    return best
