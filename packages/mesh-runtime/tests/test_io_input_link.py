"""IO.read_line (spec 11 s10) in a linked program fed through stdin."""

import subprocess

import pytest
from rt_programs import mesh_program

# Prints each line as [line] until an error, then ERR:<message>.
READER = r"""
    mesh_string *line, *err;
    mesh_rt_print(lit("name? "));
    while (mesh_rt_io_read_line(&line, &err)) {
        mesh_string *parts[3] = {lit("["), line, lit("]")};
        mesh_rt_println(mesh_rt_string_concat_n(parts, 3));
    }
    mesh_rt_println(mesh_rt_string_concat(lit("ERR:"), err));
    /* after the end, it stays at the end */
    if (!mesh_rt_io_read_line(&line, &err))
        mesh_rt_println(mesh_rt_string_concat(lit("ERR:"), err));
"""


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    from conftest import compile_program

    return compile_program(tmp_path_factory.mktemp("io"), mesh_program(READER))


def feed(exe, data, **kw):
    result = subprocess.run(
        [str(exe)], input=data, capture_output=True, timeout=60, check=False, **kw
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def test_lines_and_eof(reader):
    out = feed(reader, b"alpha\nbeta\r\n\nlast")
    assert out == "name? [alpha]\n[beta]\n[]\n[last]\nERR:eof\nERR:eof\n"


def test_empty_input_is_eof(reader):
    assert feed(reader, b"") == "name? ERR:eof\nERR:eof\n"
    assert feed(reader, b"\n") == "name? []\nERR:eof\nERR:eof\n"


def test_only_newline_pairs_are_stripped(reader):
    # a lone \r inside or at the end of input without \n is data
    assert feed(reader, b"a\rb\nc\r") == "name? [a\rb]\n[c\r]\nERR:eof\nERR:eof\n"


def test_invalid_utf8_is_replaced(reader):
    data = b"ok\xff\xc3(\xe2\x82\n\xf0\x9f\x98\x80\n"
    expected = data.decode("utf-8", "replace").split("\n")
    assert (
        feed(reader, data)
        == f"name? [{expected[0]}]\n[{expected[1]}]\nERR:eof\nERR:eof\n"
    )


def test_long_lines_cross_the_buffer(reader):
    lines = ["x" * 70000, "é" * 50000, "", "tail"]
    data = "\n".join(lines).encode()
    assert (
        feed(reader, data)
        == "name? " + "".join(f"[{x}]\n" for x in lines) + "ERR:eof\nERR:eof\n"
    )


def test_read_error_gives_strerror(reader):
    # stdin closed: read(2) fails with EBADF
    result = subprocess.run(
        f"exec {reader} <&-", shell=True, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.decode()
        == "name? ERR:Bad file descriptor\nERR:Bad file descriptor\n"
    )
