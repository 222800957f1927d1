"""Specified subcommands that are not written yet: say so plainly, exit 1."""

from __future__ import annotations

import argparse

from ..errors import ToolError
from .context import Context


def run(ns: argparse.Namespace, ctx: Context) -> int:
    raise ToolError(f"`mesh {ns.command}` is not implemented yet")
