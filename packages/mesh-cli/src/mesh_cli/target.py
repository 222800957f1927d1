"""`--target TRIPLE`: only the host triple is supported (spec 15 §1.1)."""

from __future__ import annotations

from .errors import ToolError


def host_triple() -> str:
    import llvmlite.binding as llvm  # imported only when --target is given

    return llvm.get_process_triple()


def _normalise(triple: str) -> str:
    # `x86_64-linux-gnu` and `x86_64-unknown-linux-gnu` name the same target
    parts = triple.lower().split("-")
    return "-".join(p for p in parts if p not in ("unknown", "pc"))


def check_target(requested: str | None) -> None:
    if requested is None:
        return
    host = host_triple()
    if _normalise(requested) != _normalise(host):
        raise ToolError(f"cannot compile for target `{requested}`: only the host target "
                        f"`{host}` is supported")
