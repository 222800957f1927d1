"""Render a run's record: the terminal table, the Markdown file and the JSON file."""

from __future__ import annotations

import json
from pathlib import Path


def fmt_secs(t: dict | None) -> str:
    if not t:
        return "-"
    s = t["min_s"]
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.3f} s"


def fmt_mib(kib: int | None) -> str:
    return "-" if kib is None else f"{kib / 1024:.1f} MiB"


def fmt_ratio(r: float | None) -> str:
    return "-" if r is None else f"{r:.2f}x"


def program_rows(record: dict) -> list[list[str]]:
    """One row per (program, reference); a program without references gets one row."""
    rows = []
    for p in record["programs"]:
        mesh = p["mesh"]
        if "error" in mesh:
            rows.append([p["name"], "build failed", "", "", "", "", "", "", ""])
            continue
        first = True
        for ref in p["references"] or [{"label": "-", "skipped": "no reference"}]:
            lead = [p["name"], fmt_secs(mesh.get("timing")), fmt_mib(mesh.get("peak_rss_kib"))] if first \
                else ["", "", ""]
            first = False
            if "skipped" in ref:
                rows.append([*lead, ref["label"], "-", "-", "-", "-", f"skipped: {ref['skipped']}"])
                continue
            check = "same" if ref["agrees"] else "DIFFERENT"
            rows.append([*lead, ref["label"], fmt_secs(ref.get("timing")), fmt_ratio(ref.get("ratio")),
                         fmt_ratio(ref.get("cpu_ratio")), fmt_mib(ref.get("peak_rss_kib")), check])
    return rows


PROGRAM_HEADER = ["benchmark", "Mesh", "Mesh RSS", "reference", "ref", "Mesh/ref",
                  "CPU Mesh/ref", "ref RSS", "output"]


def compile_rows(record: dict) -> list[list[str]]:
    rows = []
    for c in record["compile"]:
        mesh = c["mesh"]
        if "error" in mesh:
            rows.append([c["name"], "failed", "", "", "", "", "", c["what"]])
            continue
        cpu = f"{mesh['timing']['cpu_s']:.3f} s"
        lead = [c["name"], fmt_secs(mesh["timing"]), cpu, fmt_mib(mesh.get("peak_rss_kib"))]
        for i, ref in enumerate(c["references"] or [{"label": "-"}]):
            rows.append([*(lead if i == 0 else ["", "", "", ""]), ref["label"], fmt_secs(ref.get("timing")),
                         fmt_ratio(ref.get("ratio")), c["what"] if i == 0 else ""])
    return rows


COMPILE_HEADER = ["compile", "Mesh", "Mesh CPU", "Mesh RSS", "reference", "ref", "Mesh/ref", "what"]


def goal_rows(record: dict) -> list[list[str]]:
    return [[g["benchmark"], g["goal"], g["actual"], "met" if g["met"] else "MISSED"]
            for g in record["goals"]]


GOAL_HEADER = ["benchmark", "goal", "measured", "status"]


def _text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
    return "\n".join(lines)


def text(record: dict) -> str:
    parts = [_text_table(PROGRAM_HEADER, program_rows(record))]
    if record["compile"]:
        parts.append(_text_table(COMPILE_HEADER, compile_rows(record)))
    if record["goals"]:
        parts.append(_text_table(GOAL_HEADER, goal_rows(record)))
    if record["problems"]:
        parts.append("Problems:\n" + "\n".join(f"  - {p}" for p in record["problems"]))
    return "\n\n".join(parts)


def markdown(record: dict) -> str:
    m = record["machine"]
    tools = "\n".join(f"- {name}: {version}" for name, version in m["tools"].items())
    s = record["settings"]
    parts = [
        f"# Benchmarks, {record['date']}",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['kernel']} ({m['arch']}).  \n"
        f"Commit: {m['commit']}.  \n"
        f"Load average (1, 5, 15 min) before: {record['load_average']['before']}, "
        f"after: {record['load_average']['after']} (other work on the machine adds noise).  \n"
        f"Times are the best wall time of {s['runs']} runs, more for short programs "
        f"(up to 20: about 2 s of runs each; compile cases: {s['compile_runs']}) "
        f"after {s['warmup']} warm-up run, timed with {s['timer']} (the JSON also has medians); "
        "ratio = Mesh / reference, above 1 when Mesh is slower; the CPU ratio compares mean "
        "user + system time, less disturbed by a busy machine. "
        "RSS is the peak resident set size of one run.",
        f"Tools:\n{tools}",
        "## Programs\n\n" + _md_table(PROGRAM_HEADER, program_rows(record)),
        "\n".join(f"- `{p['name']}`: {p['what']}" for p in record["programs"]),
    ]
    if record["compile"]:
        parts.append("## Compile time\n\n" + _md_table(COMPILE_HEADER, compile_rows(record)))
    if record["goals"]:
        parts.append("## Goals\n\n" + _md_table(GOAL_HEADER, goal_rows(record)))
    if record["problems"]:
        parts.append("## Problems\n\n" + "\n".join(f"- {p}" for p in record["problems"]))
    return "\n\n".join(parts) + "\n"


def write(record: dict, directory: Path, stem: str) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path, md_path = directory / f"{stem}.json", directory / f"{stem}.md"
    json_path.write_text(json.dumps(record, indent=2) + "\n")
    md_path.write_text(markdown(record))
    return json_path, md_path
