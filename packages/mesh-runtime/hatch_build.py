"""Hatchling build hook for mesh-runtime.

Turns the runtime's Cython sources into two products, from one generated C
file compiled once:

* ``mesh_runtime/_meshrt<EXT_SUFFIX>`` -- the importable extension module
  (its ``def`` wrappers are what pytest exercises);
* ``mesh_runtime/lib/libmeshrt.a`` -- the static library Mesh programs link
  against, with ``mesh_runtime/include/mesh_rt.h`` (a source file) as its
  header.

Objects are built with ``-ffunction-sections -fdata-sections`` so a program
linked with ``-Wl,--gc-sections`` keeps only the runtime functions it
reaches, and none of the Python glue (which is why it never needs libpython).

The products are written into the source tree (like ``build_ext --inplace``)
so that an editable install finds them, and are declared as wheel artifacts
so that a regular wheel carries them.  ``python hatch_build.py`` rebuilds in
place without pip.  Environment: ``CC`` and ``AR`` pick the tools.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # running as a script without hatchling
    BuildHookInterface = object  # type: ignore[assignment,misc]

PACKAGE = "mesh_runtime"
MODULE = "_meshrt"
C_FLAGS = [
    "-O2",
    "-fPIC",
    "-ffunction-sections",
    "-fdata-sections",
    # As CPython builds extensions: the Python glue relies on these.
    "-fwrapv",
    "-fno-strict-aliasing",
]


class BuildError(RuntimeError):
    pass


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(
            f"command failed ({result.returncode}): {shlex.join(cmd)}\n"
            f"{result.stdout}{result.stderr}"
        )


def _tool(env_name: str, default: str) -> list[str]:
    return shlex.split(os.environ.get(env_name, default))


def _sources(pkg: Path) -> list[Path]:
    patterns = ("*.pyx", "*.pxd", "rt/*.pyx", "rt/*.pxd", "rt/*.h", "csrc/*", "include/*")
    return [p for pattern in patterns for p in pkg.glob(pattern)] + [_UNICODE_GENERATOR]


# Generates the Unicode case/whitespace tables into the build directory.
_UNICODE_GENERATOR = (
    Path(__file__).resolve().parent / "src" / PACKAGE / "rt" / "ustr_tables_gen.py"
)


def _generate_unicode_tables(build: Path) -> None:
    # Loaded by path: as a hatchling hook this file is not on sys.path.
    import importlib.util

    spec = importlib.util.spec_from_file_location("mesh_unicode_tables", _UNICODE_GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write_header(build)


def _up_to_date(outputs: list[Path], inputs: list[Path]) -> bool:
    if not all(p.exists() for p in outputs):
        return False
    newest_input = max(p.stat().st_mtime for p in inputs)
    return min(p.stat().st_mtime for p in outputs) > newest_input


def _cythonize(pyx: Path, c_file: Path, include_dirs: list[Path]) -> None:
    # In-process, so it uses the Cython of the build environment.
    from Cython.Compiler.Main import CompilationOptions, compile_single, default_options

    options = CompilationOptions(
        default_options,
        include_path=[str(d) for d in include_dirs],
        output_file=str(c_file),
        language_level=3,
    )
    result = compile_single(str(pyx), options, full_module_name=f"{PACKAGE}.{MODULE}")
    if result.num_errors:
        raise BuildError(f"Cython reported {result.num_errors} error(s) in {pyx}")


def _replace(src: Path, dst: Path) -> None:
    # Atomic, so a concurrent link or import never sees half a file.
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f"{dst.name}.{os.getpid()}.tmp")
    tmp.write_bytes(src.read_bytes())
    os.replace(tmp, dst)


def build_runtime(root: Path, force: bool = False) -> list[Path]:
    """Builds the extension and libmeshrt.a in place; returns their paths."""
    pkg = root / "src" / PACKAGE
    ext_suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    extension = pkg / f"{MODULE}{ext_suffix}"
    library = pkg / "lib" / "libmeshrt.a"
    outputs = [extension, library]
    if not force and _up_to_date(outputs, _sources(pkg) + [Path(__file__)]):
        return outputs
    # A directory per build, so concurrent builds of the same tree (parallel
    # pip or nox runs) never share intermediate files.
    build = root / "build" / f"meshrt-{os.getpid()}"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    try:
        _compile_and_link(pkg, build, ext_suffix, extension, library)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return outputs


def _compile_and_link(
    pkg: Path, build: Path, ext_suffix: str, extension: Path, library: Path
) -> None:
    include_dirs = [pkg / "include", pkg / "csrc", pkg / "rt", build]
    _generate_unicode_tables(build)
    c_file = build / f"{MODULE}.c"
    _cythonize(pkg / f"{MODULE}.pyx", c_file, include_dirs)

    cc = _tool("CC", "cc")
    includes = [f"-I{d}" for d in include_dirs]
    python_include = f"-I{sysconfig.get_paths()['include']}"
    objects = [build / f"{MODULE}.o", build / "mesh_context.o"]
    _run(cc + C_FLAGS + includes + [python_include, "-c", str(c_file), "-o", str(objects[0])])
    _run(cc + C_FLAGS + ["-c", str(pkg / "csrc" / "mesh_context.S"), "-o", str(objects[1])])

    archive = build / "libmeshrt.a"
    archive.unlink(missing_ok=True)
    _run(_tool("AR", "ar") + ["rcs", str(archive)] + [str(o) for o in objects])
    shared = build / f"{MODULE}{ext_suffix}"
    _run(cc + ["-shared", "-Wl,-z,noexecstack", "-o", str(shared)] + [str(o) for o in objects])

    _replace(archive, library)
    _replace(shared, extension)


class MeshRuntimeBuildHook(BuildHookInterface):
    """Builds the runtime before hatchling collects the wheel's files."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        outputs = build_runtime(root)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        # Built files are ignored by git; artifacts puts them in the wheel.
        build_data["artifacts"].extend(p.relative_to(root).as_posix() for p in outputs)


if __name__ == "__main__":
    for path in build_runtime(Path(__file__).resolve().parent, force="--force" in sys.argv):
        print(path)
