"""What the figures were measured on: CPU, cores, kernel, memory and tool versions."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import re
import shutil
import subprocess
from pathlib import Path

from toolchains import TOOLCHAINS

REPO = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return None


def _first_line(cmd: list[str]) -> str:
    if shutil.which(cmd[0]) is None:
        return "not installed"
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    lines = (out.stdout or out.stderr).strip().splitlines()
    return lines[0] if lines else "unknown"


def _llvm_version() -> str:
    try:
        from llvmlite import binding
        return f"llvmlite {importlib.metadata.version('llvmlite')}, LLVM " + \
            ".".join(str(p) for p in binding.llvm_version_info)
    except Exception:  # llvmlite missing or not loadable: the figure is informative only
        return "unknown"


def _git_commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (with uncommitted changes)" if dirty else "")


def describe() -> dict:
    tools = {t.label: t.version() for t in TOOLCHAINS.values()}
    tools["hyperfine"] = _first_line(["hyperfine", "--version"])
    tools["python"] = platform.python_version()
    tools["llvm"] = _llvm_version()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "kernel": f"{platform.system()} {platform.release()}",
        "arch": platform.machine(),
        "commit": _git_commit(),
        "tools": tools,
    }


def slug(info: dict) -> str:
    """A file-name-safe machine name: CPU model and core count, e.g. `amd-epyc-2c`."""
    cpu = re.sub(r"\((r|tm)\)|cpu|processor|@.*", "", info["cpu"], flags=re.I)
    words = re.sub(r"[^a-z0-9]+", "-", cpu.lower()).strip("-")
    return f"{words or info['arch']}-{info['cores']}c"
