"""The inputs of the checker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One source file: ``path`` as shown to users, its text, its module name
    (``Main`` for the entry file, ``Billing.Ledger`` for ``billing/ledger.mpl``)."""

    path: str
    text: str
    module: str
