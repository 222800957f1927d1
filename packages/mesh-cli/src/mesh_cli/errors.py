"""The two ways a command fails on purpose, both ending in exit status 1.

* :class:`ToolError` -- a problem with how the tool was used (missing path,
  existing directory); shown as ``error: <message>``.
* :class:`CompileFailed` -- the program has errors; its diagnostics have
  already been reported when this is raised.
"""

from __future__ import annotations


class ToolError(Exception):
    """A tool error: one line for the user, exit status 1 (spec 15 §1.2)."""


class CompileFailed(Exception):
    """The build stopped on errors that were already reported."""
