"""Build and time the benchmarks side by side with their references; record the figures.

Usage: `nox -s bench`, or `python benchmarks/run.py [NAME...] [--runs N] [--no-compile]`
where the Mesh packages are importable.  In one run, for every program of
suite.py: build it with `mesh build --release` and each reference (C with
clang/gcc -O2, Go), check that all print the same output, time each N times
(hyperfine when installed; Mesh and its references take turns, so a busy
machine weighs on all alike) and measure peak RSS; then time the compile-time
cases on generated sources.  Prints a table of times and ratios (Mesh /
reference) and writes `results/<date>-<machine>.json` and `.md`.
Exit status 1 when a build fails or outputs differ; goals are reported, not enforced.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules, also under nox

import generate  # noqa: E402
import machine  # noqa: E402
import report  # noqa: E402
from measure import MeasureError, Observed, RssProbe, Timing, time_command, time_interleaved  # noqa: E402
from suite import PROGRAM_BENCHES, REFERENCES, CompileBench, ProgramBench, compile_benches  # noqa: E402
from toolchains import TOOLCHAINS, build, mesh_command  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


class Run:
    """One benchmark run: its scratch directory, settings and the problems found."""

    def __init__(self, work: Path, runs: int, compile_runs: int, warmup: int) -> None:
        self.work = work
        self.runs, self.compile_runs, self.warmup = runs, compile_runs, warmup
        self.cache = work / "mesh-cache"
        # Mesh caches go to the scratch directory: a cold run is one without it.
        self.env = {**os.environ, "MESH_CACHE_DIR": str(self.cache)}
        self.probe = RssProbe(work)
        self.problems: list[str] = []

    def log(self, message: str) -> None:
        print(message, flush=True)

    def observe_and_time(self, cmd: list[str], runs: int, label: str,
                         prepare: list[str] | None = None) -> tuple[Observed, Timing | None]:
        if prepare:
            subprocess.run(prepare, env=self.env, check=False, stdout=subprocess.DEVNULL)
        seen = self.probe.run(cmd, env=self.env)
        if seen.exit != 0:
            self.problems.append(f"{label}: exit status {seen.exit}: {seen.stderr[-500:]}")
            return seen, None
        try:
            return seen, time_command(cmd, runs, self.warmup, env=self.env, prepare=prepare)
        except MeasureError as e:
            self.problems.append(f"{label}: failed while timed: {e}")
            return seen, None


def _ratio(mesh: Timing | None, ref: Timing | None) -> float | None:
    """Mesh / reference of the best times: on a shared machine noise only adds time."""
    return round(mesh.min_s / ref.min_s, 3) if mesh and ref and ref.min_s > 0 else None


# Short programs get more runs, up to this many, so that each is timed for about
# SECONDS_PER_PROGRAM in all: their best time is then as trustworthy as a long one's.
MAX_RUNS = 20
SECONDS_PER_PROGRAM = 2.0


def _runs_for(runs: int, one_run_s: list[float]) -> int:
    slowest = max(one_run_s)
    return max(runs, min(MAX_RUNS, int(SECONDS_PER_PROGRAM / slowest) if slowest > 0 else runs))


def _observe(run: Run, exe: Path, label: str) -> Observed | None:
    seen = run.probe.run([str(exe)], env=run.env)
    if seen.exit != 0:
        run.problems.append(f"{label}: exit status {seen.exit}: {seen.stderr[-500:]}")
        return None
    return seen


def _build_reference(run: Run, bench: ProgramBench, key: str, mesh_out: str) -> dict:
    """Build and run one reference once; "exe" is set when it is to be timed."""
    tc = TOOLCHAINS[key]
    source = REFERENCES / f"{bench.name}{tc.suffix}"
    reason = tc.missing_reason() or (None if source.exists() else f"no {source.name}")
    if reason:
        run.log(f"  {tc.label:<16} skipped: {reason}")
        return {"label": tc.label, "skipped": reason}
    built = build(tc, source, run.work / f"{bench.name}-{key}", env=run.env)
    if built.exe is None:
        run.problems.append(f"{bench.name}: {tc.label} build failed: {built.error}")
        return {"label": tc.label, "skipped": "build failed"}
    seen = _observe(run, built.exe, f"{bench.name} ({tc.label})")
    if seen is None:
        return {"label": tc.label, "skipped": "run failed"}
    agrees = seen.stdout == mesh_out
    if not agrees:
        run.problems.append(f"{bench.name}: {tc.label} printed {seen.stdout!r}, Mesh {mesh_out!r}")
    return {"label": tc.label, "source": source.name, "build_s": round(built.seconds, 3),
            "peak_rss_kib": seen.peak_rss_kib, "output": seen.stdout, "agrees": agrees,
            "exe": built.exe, "wall_s": seen.wall_s}


def run_program(run: Run, bench: ProgramBench) -> dict:
    run.log(f"{bench.name}: {bench.what}")
    result: dict = {"name": bench.name, "what": bench.what}
    exe = run.work / bench.name
    built = build(TOOLCHAINS["mesh"], bench.source, exe, env=run.env)
    seen = built.exe and _observe(run, exe, f"{bench.name} (mesh)")
    if built.exe is None:
        run.problems.append(f"{bench.name}: mesh build failed: {built.error}")
    if not seen:
        return {**result, "mesh": {"error": built.error or "run failed"}, "references": []}
    ir = exe.with_suffix(".ll")
    mesh = {"build_s": round(built.seconds, 3), "peak_rss_kib": seen.peak_rss_kib,
            "output": seen.stdout,
            "preemption_checks_in_ir": ir.exists() and "mesh_rt_preempt" in ir.read_text(errors="replace")}
    refs = [_build_reference(run, bench, key, seen.stdout) for key in bench.references]
    timed = [r for r in refs if "exe" in r]
    runs = _runs_for(run.runs, [seen.wall_s, *(r.pop("wall_s") for r in timed)])
    try:
        timings = time_interleaved([[str(exe)], *([str(r.pop("exe"))] for r in timed)],
                                   runs, run.warmup, env=run.env)
    except MeasureError as e:
        run.problems.append(f"{bench.name}: failed while timed: {e}")
        return {**result, "mesh": mesh, "references": refs}
    mesh["timing"] = timings[0].as_dict()
    run.log(f"  {'mesh --release':<16} {report.fmt_secs(mesh['timing']):>10}   -> {seen.stdout[:60]}")
    for ref, timing in zip(timed, timings[1:]):
        ref["timing"], ref["ratio"] = timing.as_dict(), _ratio(timings[0], timing)
        ref["cpu_ratio"] = round(timings[0].cpu_s / timing.cpu_s, 3) if timing.cpu_s > 0 else None
        run.log(f"  {ref['label']:<16} {report.fmt_secs(ref['timing']):>10}   "
                f"Mesh/ref {report.fmt_ratio(ref['ratio'])}")
    return {**result, "mesh": mesh, "references": refs}


def _run_compile_case(run: Run, case: CompileBench, ref_times: dict) -> dict:
    seen, timing = run.observe_and_time(case.mesh, run.compile_runs, case.name, case.prepare)
    result: dict = {"name": case.name, "what": case.what, "goal_s": case.goal_s, "references": []}
    if timing is None:
        result["mesh"] = {"error": seen.stderr or "failed"}
        return result
    result["mesh"] = {"timing": timing.as_dict(), "peak_rss_kib": seen.peak_rss_kib}
    run.log(f"{case.name:<14} {report.fmt_secs(timing.as_dict()):>10}")
    for label, cmd in case.references:
        if TOOLCHAINS["clang"].missing_reason():
            result["references"].append({"label": label, "skipped": "clang is not installed"})
            continue
        key = tuple(cmd)
        if key not in ref_times:  # the cold and warm cases share their references
            ref_times[key] = run.observe_and_time(cmd, run.compile_runs, label)[1]
        ref_timing = ref_times[key]
        ratio = _ratio(timing, ref_timing)
        result["references"].append({"label": label, "timing": ref_timing and ref_timing.as_dict(),
                                     "ratio": ratio})
        run.log(f"  {label:<28} {report.fmt_secs(ref_timing and ref_timing.as_dict()):>10}   "
                f"Mesh/ref {report.fmt_ratio(ratio)}")
    return result


def run_compile(run: Run, lines: int, modules: int) -> list[dict]:
    gen = run.work / "generated"
    gen.mkdir()
    single = gen / "chain.mpl"
    single.write_text(generate.chain_program(lines))
    twins = {"": gen / "chain.c", "+ checks": gen / "chain_checked.c"}
    for checks, path in zip((False, True), twins.values()):
        path.write_text(generate.chain_program_c(lines, preemption_checks=checks))
    project = gen / "project"
    total = generate.write_project(project, modules, lines)
    run.log(f"compile time: {single.read_text().count(chr(10))}-line program; "
            f"{total}-line project of {modules} modules")
    edited = sorted(project.glob("stage_*.mpl"))[modules // 2]
    cases = compile_benches(mesh_command(), run.work, single, twins, project, edited, run.cache,
                            lines, modules)
    ref_times: dict = {}
    results = [_run_compile_case(run, c, ref_times) for c in cases]
    # the generated program must mean the same in both languages
    mesh_out = run.probe.run([str(run.work / "compiled")]).stdout
    for i, label in enumerate(twins):
        exe = run.work / f"compiled-c-{i}"
        c_out = run.probe.run([str(exe)]).stdout if exe.exists() else mesh_out
        if c_out != mesh_out:
            run.problems.append(f"generated program: Mesh printed {mesh_out!r}, C {label} {c_out!r}")
    return results


def goals(programs: list[dict], compiled: list[dict]) -> list[dict]:
    """The issue's goals, judged on this run's figures."""
    out = []
    by_name = {p["name"]: p for p in programs}
    for bench in PROGRAM_BENCHES:
        p = by_name.get(bench.name)
        if p is None or "error" in p["mesh"]:
            continue
        if bench.ratio_goal:
            key, limit = bench.ratio_goal
            ref = next((r for r in p["references"] if r["label"] == TOOLCHAINS[key].label), None)
            checks = "yes" if p["mesh"]["preemption_checks_in_ir"] else "NO"
            if ref and ref.get("ratio") is not None:
                out.append({"benchmark": bench.name, "goal": f"<= {limit}x {ref['label']}",
                            "actual": f"{ref['ratio']:.2f}x (preemption checks in IR: {checks})",
                            "met": ref["ratio"] <= limit})
        if bench.rss_goal_mib and p["mesh"].get("peak_rss_kib") is not None:
            mib = p["mesh"]["peak_rss_kib"] / 1024
            out.append({"benchmark": bench.name, "goal": f"peak RSS < {bench.rss_goal_mib} MiB",
                        "actual": f"{mib:.1f} MiB", "met": mib < bench.rss_goal_mib})
    for c in compiled:
        goal = c.get("goal_s")
        if goal and "timing" in c["mesh"]:
            # Judged on CPU time when it is the smaller: wall time above CPU time is time
            # spent waiting for a core that another process of the shared machine held.
            t = c["mesh"]["timing"]
            s = min(t["min_s"], t["cpu_s"])
            out.append({"benchmark": c["name"], "goal": f"< {goal} s",
                        "actual": f"{t['min_s']:.3f} s wall, {t['cpu_s']:.3f} s CPU",
                        "met": s < goal})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="program benchmarks to run (default: all)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per program (default 5)")
    parser.add_argument("--compile-runs", type=int, default=3, help="timed runs per compile case")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--no-compile", action="store_true", help="skip the compile-time cases")
    parser.add_argument("--lines", type=int, default=5000, help="size of the generated sources")
    parser.add_argument("--modules", type=int, default=40, help="modules of the generated project")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the record")
    ns = parser.parse_args()
    unknown = set(ns.names) - {b.name for b in PROGRAM_BENCHES}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    selected = [b for b in PROGRAM_BENCHES if not ns.names or b.name in ns.names]

    info = machine.describe()
    load_before = os.getloadavg()
    print(f"{info['cpu']}, {info['cores']} cores, {info['kernel']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="mesh-bench-") as tmp:
        run = Run(Path(tmp), ns.runs, ns.compile_runs, ns.warmup)
        programs = [run_program(run, b) for b in selected]
        compiled = [] if ns.no_compile else run_compile(run, ns.lines, ns.modules)
        timer = "hyperfine" if shutil.which("hyperfine") else "a Python loop (no hyperfine)"
        now = datetime.now(UTC)
        record = {
            "date": now.isoformat(timespec="seconds"),
            "machine": info,
            # other work on the machine while this ran: a busy machine makes noisy figures
            "load_average": {"before": [round(x, 2) for x in load_before],
                             "after": [round(x, 2) for x in os.getloadavg()]},
            "settings": {"runs": ns.runs, "compile_runs": ns.compile_runs, "warmup": ns.warmup,
                         "timer": timer, "generated_lines": ns.lines, "modules": ns.modules},
            "programs": programs,
            "compile": compiled,
            "goals": goals(programs, compiled),
            "problems": run.problems,
        }
    print()
    print(report.text(record))
    json_path, md_path = report.write(record, ns.results, f"{now:%Y-%m-%d}-{machine.slug(info)}")
    print(f"\nwrote {json_path} and {md_path.name}")
    return 1 if run.problems else 0


if __name__ == "__main__":
    sys.exit(main())
