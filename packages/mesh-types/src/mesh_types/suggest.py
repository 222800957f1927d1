""""Did you mean" by edit distance (spec 03 §1: distance <= 2).

Uses ``mesh_syntax.suggest.suggest`` when the syntax package provides it, so
every phase suggests alike; the local fallback keeps this package usable
with an older mesh-syntax.
"""

from __future__ import annotations

from collections.abc import Iterable


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def closest(name: str, candidates: Iterable[str], max_distance: int = 2) -> str | None:
    """The candidate nearest to ``name`` within ``max_distance`` (ties: alphabetical)."""
    try:
        from mesh_syntax.suggest import suggest  # type: ignore[import-not-found]
    except ImportError:  # an older mesh-syntax without it
        suggest = None
    pool = sorted({c for c in candidates if c != name and not c.startswith("_")})
    if suggest is not None:
        try:
            found = suggest(name, pool, max_distance=max_distance)
            if found is None or isinstance(found, str):
                return found
            found = list(found)
            return found[0] if found else None
        except TypeError:
            pass
    best, best_d = None, max_distance + 1
    for c in pool:
        d = _distance(name, c, max_distance)
        if d < best_d:
            best, best_d = c, d
    return best
