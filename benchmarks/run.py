"""Compile and time the benchmark programs; record the figures in benchmarks/results/.

Usage: `nox -s bench` (or `python benchmarks/run.py [NAME...] [--runs N]` where `mesh`
is installed).  For each program in `programs/`: the `mesh build --release` time,
the best wall time of N runs, peak memory (sampled VmHWM) and the program's output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
RESULTS = HERE / "results"


def mesh_command() -> list[str]:
    found = shutil.which("mesh")
    return [found] if found else [sys.executable, "-m", "mesh_cli"]


def _peak_rss_kib(pid: int) -> int | None:
    """VmHWM of a running process: its own peak RSS (per address space, so reset at exec)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def timed_run(exe: Path, workdir: Path) -> tuple[float, int, str, int]:
    """(wall seconds, peak RSS in KiB sampled every 5 ms, stdout, exit status) of one run.

    rusage's max RSS would include the forked Python interpreter, so /proc is sampled
    instead; a program shorter than one sample reports its first sample.
    """
    out_path = workdir / "stdout.txt"
    peak = 0
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(exe)], stdout=out, stderr=subprocess.DEVNULL)
        while proc.poll() is None:
            peak = max(peak, _peak_rss_kib(proc.pid) or 0)
            time.sleep(0.005)
        wall = time.perf_counter() - t0
    return wall, peak, out_path.read_text(errors="replace").strip(), proc.returncode


def bench(program: Path, runs: int, workdir: Path) -> dict:
    exe = workdir / program.stem
    t0 = time.perf_counter()
    built = subprocess.run([*mesh_command(), "build", str(program), "-o", str(exe), "--release"],
                           check=False, capture_output=True, text=True)
    compile_s = time.perf_counter() - t0
    if built.returncode != 0:
        return {"name": program.stem, "error": built.stderr.strip()}
    samples = [timed_run(exe, workdir) for _ in range(runs)]
    best = min(samples, key=lambda s: s[0])
    return {"name": program.stem, "compile_s": round(compile_s, 3),
            "run_best_s": round(best[0], 4), "runs": runs,
            "peak_rss_kib": max(s[1] for s in samples), "output": best[2], "exit": best[3]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmark names (default: all)")
    parser.add_argument("--runs", type=int, default=3)
    ns = parser.parse_args()
    programs = sorted(PROGRAMS.glob("*.mpl"))
    if ns.names:
        programs = [p for p in programs if p.stem in ns.names]
    rows = []
    with tempfile.TemporaryDirectory(prefix="mesh-bench-") as tmp:
        for program in programs:
            row = bench(program, ns.runs, Path(tmp))
            rows.append(row)
            if "error" in row:
                print(f"{row['name']:<12} build failed:\n{row['error']}")
            else:
                print(f"{row['name']:<12} compile {row['compile_s']:7.3f} s   "
                      f"run {row['run_best_s']:8.4f} s   rss {row['peak_rss_kib']:8d} KiB   "
                      f"-> {row['output']}")
    record = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "machine": f"{platform.machine()} {os.cpu_count()} cpus", "results": rows}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(record, indent=2) + "\n")
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
