"""Shared test helpers for mesh-syntax."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parents[2]  # packages/mesh-syntax/tests -> repository root


def update_snapshots() -> bool:
    return os.environ.get("UPDATE_SNAPSHOTS") == "1"


def check_snapshot(path: Path, actual: str) -> None:
    """Compare ``actual`` with the snapshot file; rewrite it under UPDATE_SNAPSHOTS=1."""
    if update_snapshots() or not path.exists():
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        if not update_snapshots():
            pytest.fail(f"snapshot {path.name} did not exist; written, review it")
        return
    with open(path, encoding="utf-8", newline="") as f:
        expected = f.read()
    assert actual == expected, f"snapshot {path.name} differs (UPDATE_SNAPSHOTS=1 to accept)"
