"""The one entry point for tests, lint and benchmarks: run `nox` (see README.md).

Sessions test *built wheels*, not the source tree, so they check what a user
installs.  Building the runtime (Cython + C) is the slow part, so each
package's wheel is built once per hash of its sources into
`.nox/wheelhouse/<package>/<hash>/` and every session installs from there:
a full `nox` run builds each wheel at most once, and a rerun with unchanged
sources builds nothing.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
WHEELHOUSE = ROOT / ".nox" / "wheelhouse"

# Each package and the packages it declares (the DAG of docs/architecture.md).
PACKAGES: dict[str, list[str]] = {
    "syntax": [],
    "types": ["syntax"],
    "runtime": [],
    "codegen": ["syntax", "types", "runtime"],
    "cli": ["syntax", "types", "runtime", "codegen"],
}
TEST_REQUIREMENTS = ["pytest", "pytest-xdist", "hypothesis"]
# Pinned, with an explicit rule set, so lint does not change under us when ruff's
# defaults do: pyflakes (F) and the pycodestyle errors ruff enables by default.
RUFF = "ruff==0.17.6"
LINT_RULES = "E4,E7,E9,F"

nox.options.sessions = ["lint", *PACKAGES, "integration"]  # everything except bench
nox.options.error_on_missing_interpreters = True


# ------------------------------------------------------------------ wheelhouse

def _package_dir(name: str) -> Path:
    return ROOT / "packages" / f"mesh-{name}"


def _source_files(pkg_dir: Path) -> list[Path]:
    """The package's source files: tracked or new, never git-ignored build output."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "."],
            cwd=pkg_dir, capture_output=True, check=True).stdout
        files = [pkg_dir / f for f in out.decode().split("\0") if f]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout
        skip = {"__pycache__", "build", "dist", ".pytest_cache"}
        files = [p for p in pkg_dir.rglob("*")
                 if p.is_file() and not skip.intersection(p.relative_to(pkg_dir).parts)
                 and p.suffix not in (".so", ".a", ".o") and ".egg-info" not in str(p)]
    return sorted(f for f in files if f.is_file())


def _source_hash(name: str) -> str:
    pkg_dir = _package_dir(name)
    h = hashlib.sha256()
    # the wheel of a compiled package depends on the interpreter and platform too
    h.update(f"{sys.version_info[:2]}|{platform.machine()}|{sys.platform}\n".encode())
    for f in _source_files(pkg_dir):
        h.update(str(f.relative_to(pkg_dir)).encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def _wheel(session: nox.Session, name: str) -> Path:
    """The wheel of one package for its current sources, built if missing."""
    digest = _source_hash(name)
    home = WHEELHOUSE / name
    target = home / digest
    wheels = sorted(target.glob("*.whl")) if target.is_dir() else []
    if wheels:
        return wheels[0]
    staging = home / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    session.log(f"building the mesh-{name} wheel ({digest})")
    session.run("python", "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(staging),
                str(_package_dir(name)))
    for old in home.iterdir():  # keep one wheel per package
        if old != staging:
            shutil.rmtree(old, ignore_errors=True)
    staging.rename(target)
    return min(target.glob("*.whl"))


def _install(session: nox.Session, *names: str) -> None:
    """Install the named packages and what they declare, from the wheelhouse."""
    wanted: list[str] = []
    for name in names:
        for dep in [*PACKAGES[name], name]:
            if dep not in wanted:
                wanted.append(dep)
    wheels = [str(_wheel(session, n)) for n in wanted]
    # Same version numbers on every rebuild: force our wheels in, then let pip
    # add third-party dependencies (llvmlite) without reinstalling them each time.
    session.install("--no-deps", "--force-reinstall", *wheels)
    session.install(*wheels)


# ------------------------------------------------------------------ sessions

def _unit_tests(session: nox.Session, name: str) -> None:
    _install(session, name)
    session.install(*TEST_REQUIREMENTS)
    tests = _package_dir(name) / "tests"
    args = ["-n", "auto", "-q", *session.posargs]  # later options win: `-- -n 0 -x`
    session.run("pytest", str(tests), *args)


@nox.session
def syntax(session: nox.Session) -> None:
    """Unit tests of mesh-syntax."""
    _unit_tests(session, "syntax")


@nox.session
def types(session: nox.Session) -> None:
    """Unit tests of mesh-types."""
    _unit_tests(session, "types")


@nox.session
def runtime(session: nox.Session) -> None:
    """Unit tests of mesh-runtime (against the built wheel)."""
    _unit_tests(session, "runtime")


@nox.session
def codegen(session: nox.Session) -> None:
    """Unit tests of mesh-codegen."""
    _unit_tests(session, "codegen")


@nox.session
def cli(session: nox.Session) -> None:
    """Unit tests of mesh-cli."""
    _unit_tests(session, "cli")


@nox.session
def integration(session: nox.Session) -> None:
    """Every integration case, built --debug and --release, through the real `mesh`."""
    _install(session, "cli")
    session.install("pytest", "pytest-xdist")
    args = ["-n", "auto", "-q", *session.posargs]  # later options win: `-- -n 0 -x`
    session.run("pytest", str(ROOT / "integration"), *args)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff over the packages, the integration harness and this file."""
    session.install(RUFF)
    session.run("ruff", "check", "--select", LINT_RULES, "packages", "integration",
                "benchmarks", "noxfile.py", *session.posargs)


# What the bench session needs besides the compiler, as {command: Debian package}.
BENCH_TOOLS = {"clang": "clang", "gcc": "gcc", "go": "golang-go", "hyperfine": "hyperfine"}


def _ensure_bench_tools(session: nox.Session) -> None:
    """apt-get install the reference compilers and hyperfine where missing (bench only).

    A tool that cannot be installed is reported here and its references are
    skipped by run.py with the reason; the benchmark still runs."""
    missing = [pkg for tool, pkg in BENCH_TOOLS.items() if shutil.which(tool) is None]
    if not missing:
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        session.warn(f"missing {', '.join(missing)} and apt-get is unavailable (or not root): "
                     "their references are skipped")
        return
    session.log(f"installing {', '.join(missing)} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["apt-get", "update", "-qq"], env=env, check=False).returncode != 0:
        session.warn("apt-get update failed; trying to install from the existing lists")
    for pkg in missing:  # one at a time: one unavailable package must not block the others
        done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", pkg],
                              env=env, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            session.warn(f"could not install {pkg}: {done.stderr.strip()[-300:]}")


@nox.session
def bench(session: nox.Session) -> None:
    """Time the benchmarks against C/Go references (not a test; writes benchmarks/results/).

    Arguments after `--` go to benchmarks/run.py, e.g. `nox -s bench -- fib --runs 10`."""
    _ensure_bench_tools(session)
    _install(session, "cli")
    session.run("python", str(ROOT / "benchmarks" / "run.py"), *session.posargs)
