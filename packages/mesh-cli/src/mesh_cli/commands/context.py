"""What every command receives besides its parsed arguments."""

from __future__ import annotations

from dataclasses import dataclass

from ..report import Reporter
from ..settings import Settings


@dataclass
class Context:
    settings: Settings
    reporter: Reporter
