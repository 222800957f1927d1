"""Timing a command (hyperfine when installed) and one run for its output and peak RSS."""

from __future__ import annotations

import json
import resource
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEAK_RSS_SOURCE = HERE / "tools" / "peak_rss.c"


@dataclass
class Timing:
    median_s: float
    min_s: float
    mean_s: float
    stddev_s: float
    runs: int
    tool: str                 # "hyperfine" or "python"
    cpu_s: float              # mean user + system time: less sensitive than wall time to a busy machine

    def as_dict(self) -> dict:
        return {k: (round(v, 5) if isinstance(v, float) else v) for k, v in asdict(self).items()}


class MeasureError(Exception):
    """The command failed while being timed."""


def _summary(times: list[float], tool: str, cpu_s: float) -> Timing:
    return Timing(statistics.median(times), min(times), statistics.fmean(times),
                  statistics.stdev(times) if len(times) > 1 else 0.0, len(times), tool, cpu_s)


def _hyperfine(cmd: list[str], runs: int, warmup: int, env: dict[str, str] | None,
               prepare: list[str] | None) -> Timing:
    with tempfile.TemporaryDirectory(prefix="mesh-bench-hf-") as tmp:
        export = Path(tmp) / "times.json"
        args = ["hyperfine", "-N", "--style", "none", "--warmup", str(warmup), "--runs", str(runs),
                "--export-json", str(export)]
        if prepare:
            args += ["--prepare", shlex.join(prepare)]
        done = subprocess.run([*args, shlex.join(cmd)], capture_output=True, text=True, env=env,
                              check=False)
        if done.returncode != 0:
            raise MeasureError((done.stderr or done.stdout).strip()[-2000:])
        result = json.loads(export.read_text())["results"][0]
    return _summary(result["times"], "hyperfine", result["user"] + result["system"])


def _python_loop(cmd: list[str], runs: int, warmup: int, env: dict[str, str] | None,
                 prepare: list[str] | None) -> Timing:
    times, cpu = [], 0.0
    for i in range(warmup + runs):
        if prepare:
            subprocess.run(prepare, env=env, check=False, stdout=subprocess.DEVNULL)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              check=False)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise MeasureError(done.stderr.decode(errors="replace").strip()[-2000:])
        if i >= warmup:
            times.append(elapsed)
            cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return _summary(times, "python", cpu / runs)


def time_command(cmd: list[str], runs: int, warmup: int = 1, env: dict[str, str] | None = None,
                 prepare: list[str] | None = None) -> Timing:
    """Wall time of ``cmd`` over ``runs`` runs after ``warmup`` untimed ones.

    ``prepare`` runs before every run (untimed), e.g. to empty a cache."""
    if shutil.which("hyperfine"):
        return _hyperfine(cmd, runs, warmup, env, prepare)
    return _python_loop(cmd, runs, warmup, env, prepare)


def _one_round(cmds: list[list[str]], env: dict[str, str] | None) -> list[tuple[float, float]]:
    """(wall, cpu) seconds of one run of each command, one after the other."""
    if shutil.which("hyperfine"):
        with tempfile.TemporaryDirectory(prefix="mesh-bench-hf-") as tmp:
            export = Path(tmp) / "times.json"
            done = subprocess.run(["hyperfine", "-N", "--style", "none", "--runs", "1",
                                   "--export-json", str(export), *(shlex.join(c) for c in cmds)],
                                  capture_output=True, text=True, env=env, check=False)
            if done.returncode != 0:
                raise MeasureError((done.stderr or done.stdout).strip()[-2000:])
            results = json.loads(export.read_text())["results"]
        return [(r["times"][0], r["user"] + r["system"]) for r in results]
    out = []
    for cmd in cmds:
        t = _python_loop(cmd, 1, 0, env, None)
        out.append((t.min_s, t.cpu_s))
    return out


def time_interleaved(cmds: list[list[str]], runs: int, warmup: int = 1,
                     env: dict[str, str] | None = None) -> list[Timing]:
    """Like :func:`time_command` for several commands, taking turns: each runs once per
    round, so a change of load on a shared machine weighs on all of them alike."""
    walls: list[list[float]] = [[] for _ in cmds]
    cpus = [0.0] * len(cmds)
    for i in range(warmup + runs):
        for j, (wall, cpu) in enumerate(_one_round(cmds, env)):
            if i >= warmup:
                walls[j].append(wall)
                cpus[j] += cpu
    tool = "hyperfine" if shutil.which("hyperfine") else "python"
    return [_summary(w, f"{tool}, interleaved", c / runs) for w, c in zip(walls, cpus)]


@dataclass
class Observed:
    stdout: str
    exit: int
    peak_rss_kib: int | None
    stderr: str = ""          # its end, to explain a failure
    wall_s: float = 0.0       # a rough time of this one run, to choose how many runs to time


class RssProbe:
    """Runs a command once through tools/peak_rss.c, built here with `cc`."""

    def __init__(self, workdir: Path) -> None:
        self.helper: Path | None = workdir / "peak_rss"
        self.workdir = workdir
        cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        built = cc and subprocess.run([cc, "-O2", str(PEAK_RSS_SOURCE), "-o", str(self.helper)],
                                      capture_output=True, check=False).returncode == 0
        if not built:
            self.helper = None  # no C compiler: outputs are still compared, RSS is not reported

    def run(self, cmd: list[str], env: dict[str, str] | None = None) -> Observed:
        report = self.workdir / "peak_rss.txt"
        report.unlink(missing_ok=True)
        full = [str(self.helper), str(report), *cmd] if self.helper else cmd
        t0 = time.perf_counter()
        done = subprocess.run(full, capture_output=True, env=env, check=False)
        wall = time.perf_counter() - t0
        stdout = done.stdout.decode(errors="replace").strip()
        stderr = done.stderr.decode(errors="replace").strip()[-2000:]
        if self.helper and report.exists():
            rss, status = (int(x) for x in report.read_text().split())
            return Observed(stdout, status, rss, stderr, wall)
        return Observed(stdout, done.returncode, None, stderr, wall)
