"""Programs linked against libmeshrt.a: behaviour, exit status, no libpython."""

import re
import shutil
import subprocess
import time

import pytest
from rt_programs import mesh_program

import mesh_runtime


def run(exe, **kwargs):
    return subprocess.run([str(exe)], capture_output=True, timeout=60, **kwargs)


HELLO = mesh_program(
    r"""
    mesh_rt_println(lit("hello, world"));
    mesh_rt_print(lit("no newline "));
    mesh_rt_println(mesh_rt_string_concat(lit("pi="), mesh_rt_float_to_string(3.14)));
    mesh_rt_println(mesh_rt_int_to_string(INT64_MIN));
    mesh_rt_println(mesh_rt_bool_to_string(0));
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_string_length(lit("h\xc3\xa9llo"))));
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_string_eq(lit("a"), lit("a"))));
    """
)


def test_hello_runs_and_exits_zero(build_program):
    exe = build_program(HELLO)
    result = run(exe)
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout == (
        b"hello, world\nno newline pi=3.14\n-9223372036854775808\nfalse\n5\n1\n"
    )


def test_executable_does_not_need_libpython(build_program):
    exe = build_program(HELLO)
    dynamic = subprocess.run(["readelf", "-d", str(exe)], capture_output=True, text=True)
    assert dynamic.returncode == 0
    needed = [line for line in dynamic.stdout.splitlines() if "NEEDED" in line]
    assert needed, dynamic.stdout
    assert not any("python" in line.lower() for line in needed), needed
    if shutil.which("ldd"):
        ldd = subprocess.run(["ldd", str(exe)], capture_output=True, text=True)
        assert "python" not in ldd.stdout.lower()
    symbols = subprocess.run(["nm", str(exe)], capture_output=True, text=True).stdout
    assert " Py" not in symbols and "PyInit" not in symbols
    # Runtime code must not touch the Python module state (e.g. a bytes
    # literal Cython turned into a Python object): it is never set up.
    assert "__pyx_mstate" not in symbols and "__pyx_kp_" not in symbols


def test_panic_with_location_flushes_stdout_and_exits_101(build_program):
    exe = build_program(
        mesh_program(
            r"""
            mesh_rt_println(lit("start"));
            mesh_rt_print(lit("partial"));
            mesh_rt_panic(lit("boom"), "main.mpl", 7);
            """
        )
    )
    result = run(exe)
    assert result.returncode == 101
    assert result.stdout == b"start\npartial"
    assert result.stderr == b"[mesh] panic: boom at main.mpl:7\n"


def test_panic_cstr_without_location(build_program):
    exe = build_program(
        mesh_program('mesh_rt_panic_cstr("division by zero", (const char *)0, 0);')
    )
    result = run(exe)
    assert result.returncode == 101
    assert result.stdout == b""
    assert result.stderr == b"[mesh] panic: division by zero\n"


def test_deep_recursion_fits_and_overflow_is_a_panic(build_program):
    helpers = r"""
    static int64_t depth(int64_t n) {
        volatile char frame[64];
        frame[0] = (char)n;
        if (n == 0) return frame[0];
        return depth(n - 1) + frame[0] + 1;
    }
    """
    exe = build_program(
        mesh_program(
            r"""
            mesh_rt_println(mesh_rt_int_to_string(depth(1000000) > 0));
            mesh_rt_println(lit("deep ok"));
            depth(INT64_MAX);
            """,
            helpers,
        ),
        cflags=["-O0"],
    )
    result = run(exe)
    assert result.stdout == b"1\ndeep ok\n"
    assert result.stderr == b"[mesh] panic: stack overflow\n"
    assert result.returncode == 101


def test_a_million_lines_through_a_pipe(build_program):
    exe = build_program(
        mesh_program(
            r"""
            for (int64_t i = 0; i < 1000000; i++)
                mesh_rt_println(mesh_rt_int_to_string(i));
            """
        )
    )
    start = time.monotonic()
    result = run(exe)
    elapsed = time.monotonic() - start
    assert result.returncode == 0
    lines = result.stdout.split(b"\n")
    assert len(lines) == 1000001 and lines[-1] == b""
    assert lines[0] == b"0" and lines[999999] == b"999999"
    assert lines[123456] == b"123456"
    assert elapsed < 10, elapsed


def test_stdout_is_flushed_before_stderr(build_program):
    exe = build_program(
        mesh_program(
            r"""
            mesh_rt_println(lit("one"));
            mesh_rt_eprintln(lit("two"));
            mesh_rt_print(lit("three"));
            mesh_rt_eprint(lit(" four\n"));
            mesh_rt_println(lit("five"));
            """
        )
    )
    result = subprocess.run(
        [str(exe)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout == b"one\ntwo\nthree four\nfive\n"


def test_lines_longer_than_the_buffer(build_program):
    exe = build_program(
        mesh_program(
            r"""
            mesh_string *a = lit("a");
            mesh_string *s = a;
            for (int i = 0; i < 17; i++) s = mesh_rt_string_concat(s, s);
            mesh_rt_println(lit("before"));
            mesh_rt_println(s);
            mesh_rt_println(mesh_rt_int_to_string(mesh_rt_string_length(s)));
            """
        )
    )
    result = run(exe)
    assert result.returncode == 0
    n = 2**17
    assert result.stdout == b"before\n" + b"a" * n + b"\n" + str(n).encode() + b"\n"


def test_static_string_literal_layout(build_program):
    # What codegen emits for a literal: a constant object with the STATIC
    # flag, pointing at the exported string descriptor.
    helpers = r"""
    static const struct { mesh_obj_header hdr; int64_t len; char bytes[6]; }
        literal = { { &mesh_rt_string_desc, MESH_FLAG_STATIC }, 5, "kiwi!" };
    """
    exe = build_program(
        mesh_program(
            r"""
            mesh_string *s = (mesh_string *)&literal;
            mesh_rt_println(s);
            mesh_rt_println(mesh_rt_string_concat(s, s));
            mesh_rt_println(mesh_rt_int_to_string(mesh_rt_string_desc.kind));
            """,
            helpers,
        )
    )
    result = run(exe)
    assert result.returncode == 0
    assert result.stdout == b"kiwi!\nkiwi!kiwi!\n1\n"


def test_alloc_with_a_codegen_descriptor(build_program):
    helpers = r"""
    static const int64_t point_ptrs[1] = { 24 };
    static const char *const point_fields[2] = { "x", "label" };
    static const mesh_type_desc point_desc = {
        MESH_KIND_RECORD, 0, 32, 0, 1, point_ptrs, "Point", 2, point_fields };
    """
    exe = build_program(
        mesh_program(
            r"""
            int64_t sum = 0;
            for (int i = 0; i < 200000; i++) {
                int64_t *p = mesh_rt_alloc(&point_desc, 32);
                if (((mesh_obj_header *)p)->desc != &point_desc) mesh_rt_panic_cstr("bad desc", 0, 0);
                if (p[2] != 0 || p[3] != 0) mesh_rt_panic_cstr("not zeroed", 0, 0);
                p[2] = i;
                sum += p[2];
            }
            mesh_rt_println(mesh_rt_int_to_string(sum));
            """,
            helpers,
        )
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"19999900000\n"


def test_package_paths():
    assert (mesh_runtime.include_dir() / "mesh_rt.h").is_file()
    assert (mesh_runtime.library_dir() / "libmeshrt.a").is_file()
    args = mesh_runtime.link_args()
    assert "-Wl,--gc-sections" in args and "-lm" in args and "-lpthread" in args


@pytest.mark.parametrize("symbol", ["mesh_rt_println", "mesh_rt_alloc", "mesh_rt_start"])
def test_archive_exports_entry_points(symbol):
    nm = subprocess.run(
        ["nm", "-g", "--defined-only", str(mesh_runtime.library_path())],
        capture_output=True,
        text=True,
    )
    assert f" T {symbol}" in nm.stdout


def test_every_entry_point_links_without_python(build_program):
    # Take the address of every function and object mesh_rt.h declares: each
    # must be defined in the archive, and none may drag in Python glue.
    header = (mesh_runtime.include_dir() / "mesh_rt.h").read_text()
    names = sorted(set(re.findall(r"\b(mesh_rt_\w+)\s*\(", header)))
    names.append("mesh_rt_string_desc")
    assert len(names) >= 19
    refs = "\n".join(f"    (void *)&{name}," for name in names)
    exe = build_program(
        mesh_program(
            "    for (unsigned i = 0; i < sizeof(refs) / sizeof(refs[0]); i++)\n"
            "        if (refs[i] == 0) mesh_rt_panic_cstr(\"missing\", 0, 0);\n"
            '    mesh_rt_println(lit("linked"));',
            helpers=f"static void *volatile refs[] = {{\n{refs}\n}};",
        )
    )
    result = run(exe)
    assert result.returncode == 0 and result.stdout == b"linked\n"
    symbols = subprocess.run(["nm", str(exe)], capture_output=True, text=True).stdout
    for name in names:
        assert name in symbols
    assert " Py" not in symbols
    assert "__pyx_mstate" not in symbols and "__pyx_kp_" not in symbols
