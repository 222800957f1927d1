"""The `mesh` command line tool: new, build, run, check (spec chapter 15)."""

__version__ = "0.1.0"
