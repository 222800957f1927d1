"""The preemption hook: the flag and yield codegen polls at safe points."""

import subprocess

import mesh_runtime
from rt_programs import mesh_program

# What codegen emits at a safe point, written in C.
SAFE_POINT = r"""
static int yields_seen;
static void safe_point(void) {
    if (__builtin_expect(__atomic_load_n(&mesh_rt_preempt_flag, __ATOMIC_RELAXED) != 0, 0)) {
        mesh_rt_preempt_yield();
        yields_seen++;
    }
}
"""


def test_flag_starts_clear_and_yield_clears_it(build_program):
    body = r"""
    long i;
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_preempt_flag));
    for (i = 0; i < 1000000; i++) {
        if (i % 250000 == 0)
            mesh_rt_preempt_flag = 1;     /* what the scheduler's timer will do */
        safe_point();
    }
    mesh_rt_println(mesh_rt_int_to_string(yields_seen));
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_preempt_flag));
    """
    exe = build_program(mesh_program(body, SAFE_POINT))
    result = subprocess.run([str(exe)], capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "0\n4\n0\n"


def test_library_defines_both_symbols():
    # codegen enables its safe-point check when libmeshrt.a defines these
    out = subprocess.run(
        ["nm", "--defined-only", str(mesh_runtime.library_dir() / "libmeshrt.a")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    symbols = {
        line.split()[-1]: line.split()[-2]
        for line in out.splitlines()
        if len(line.split()) >= 2
    }
    assert symbols.get("mesh_rt_preempt_yield") == "T"
    assert symbols.get("mesh_rt_preempt_flag") in ("B", "D")
