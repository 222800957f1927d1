"""Map speed and memory in a linked program, with the collector running."""

import subprocess

from rt_programs import mesh_program

BENCH = r"""
#include <time.h>
#include <stdio.h>
#include <sys/resource.h>
static const mesh_type_desc *const ii_params[2] = {&mesh_rt_int_desc, &mesh_rt_int_desc};
static const mesh_type_desc map_int_int = MESH_MAP_DESC(ii_params);
static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}
"""

BODY = r"""
    const int64_t n = 1000000;
    double t0 = now();
    mesh_map *m = mesh_rt_map_new(&map_int_int);
    for (int64_t i = 0; i < n; i++) m = mesh_rt_map_put(m, (mesh_word)i, (mesh_word)(i * 2));
    double t1 = now();
    int64_t bad = 0;
    for (int64_t i = 0; i < n; i++) {
        mesh_word v = 0;
        if (!mesh_rt_map_get(m, (mesh_word)i, &v) || v != (mesh_word)(i * 2)) bad++;
    }
    double t2 = now();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    mesh_gc_stats st;
    mesh_rt_gc_collect();
    mesh_rt_gc_stats(&st);
    char line[200];
    snprintf(line, sizeof line, "%lld %lld %.1f %.1f %ld %lld %lld", (long long)mesh_rt_map_size(m),
             (long long)bad, (t1 - t0) / n * 1e9, (t2 - t1) / n * 1e9, ru.ru_maxrss / 1024,
             (long long)(st.live_bytes >> 20), (long long)st.collections);
    mesh_rt_println(lit(line));
"""


def test_a_million_int_puts(build_program, capsys):
    exe = build_program(mesh_program(BODY, BENCH), cflags=["-O2"])
    result = subprocess.run([str(exe)], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    size, bad, put_ns, get_ns, rss_mb, live_mb, collections = (
        result.stdout.decode().split()
    )
    assert int(size) == 1_000_000 and int(bad) == 0
    with capsys.disabled():
        print(
            f"\n  1M Map.put<Int,Int>: {put_ns} ns/put, get {get_ns} ns, peak RSS {rss_mb} MB,"
            f" live after the puts {live_mb} MB, {collections} collections"
        )
    # Generous bounds for slow CI machines; the figures are in the README.
    assert float(put_ns) < 5000
    assert int(rss_mb) < 400  # about 100 MB: in-place inserts make little garbage
