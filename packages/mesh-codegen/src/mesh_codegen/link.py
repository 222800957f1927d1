"""Link an object file with ``libmeshrt.a`` into an executable using the system C compiler."""

from __future__ import annotations

import pathlib
import subprocess

from . import settings
from .errors import build_error

DEFAULT_SYSTEM_LIBS = ["-lpthread", "-lm"]


def runtime_link_args() -> list[str]:
    """``-L``/``-l`` flags for the runtime and the system libraries it needs.

    The runtime's own ``link_args()`` may repeat the archive or ``--gc-sections``;
    repeats are dropped so the command line stays readable.
    """
    import mesh_runtime  # imported here so emitting IR works without the runtime built

    library_dir = pathlib.Path(mesh_runtime.library_dir())
    extra = getattr(mesh_runtime, "link_args", None)
    system = [str(a) for a in extra()] if callable(extra) else DEFAULT_SYSTEM_LIBS
    archive = str(library_dir / "libmeshrt.a")
    args: list[str] = []
    for arg in [f"-L{library_dir}", "-lmeshrt", "-Wl,--gc-sections", *system]:
        if arg not in args and arg != archive:
            args.append(arg)
    return args


def link(objects: list[pathlib.Path], output: pathlib.Path) -> None:
    cc = settings.c_compiler()
    if cc is None:
        raise build_error(f"no C compiler found to link the executable (looked for `{settings.c_compiler_name()}`)",
                          help=["install a C compiler (`cc`, e.g. gcc or clang), or set MESH_CC"])
    try:
        args = runtime_link_args()
    except Exception as exc:  # the runtime package is missing or not built
        raise build_error(f"cannot locate the Mesh runtime library: {exc}") from exc
    command = [cc, "-o", str(output), *map(str, objects), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    except OSError as exc:
        raise build_error(f"could not run the C compiler `{cc}`: {exc}") from exc
    if done.returncode != 0:
        output_text = (done.stderr.strip() or done.stdout.strip() or "(no output)")
        raise build_error(
            f"linking `{output}` failed (`{cc}` exited with status {done.returncode}): {output_text}",
            notes=["command: " + " ".join(command)])
