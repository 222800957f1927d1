"""File (spec 11 s11): read/write/append/exists/delete in a temporary
directory, with "<path>: <reason>" errors."""

import os

from mesh_runtime import _meshrt as rt


def test_write_read_append(tmp_path):
    path = str(tmp_path / "notes.txt")
    assert rt.file_call("exists", path) is False
    assert rt.file_call("write", path, "héllo\n") == ("ok", None)
    assert rt.file_call("exists", path) is True
    assert rt.file_call("read", path) == ("ok", "héllo\n")
    assert rt.file_call("append", path, "more") == ("ok", None)
    assert rt.file_call("read", path) == ("ok", "héllo\nmore")
    assert rt.file_call("write", path, "x") == ("ok", None)  # truncates
    assert rt.file_call("read", path) == ("ok", "x")
    assert rt.file_call("delete", path) == ("ok", None)
    assert rt.file_call("exists", path) is False


def test_append_creates_and_empty_files(tmp_path):
    path = str(tmp_path / "log.txt")
    assert rt.file_call("append", path, "") == ("ok", None)
    assert rt.file_call("read", path) == ("ok", "")
    assert os.path.exists(path)


def test_large_file(tmp_path):
    path = tmp_path / "big.txt"
    text = "0123456789abcdé\n" * 40_000
    assert rt.file_call("write", str(path), text) == ("ok", None)
    assert path.read_text(encoding="utf-8") == text
    assert rt.file_call("read", str(path)) == ("ok", text)


def test_errors_name_the_path_and_reason(tmp_path):
    missing = str(tmp_path / "missing.txt")
    assert rt.file_call("read", missing) == (
        "err",
        f"{missing}: No such file or directory",
    )
    assert rt.file_call("delete", missing) == (
        "err",
        f"{missing}: No such file or directory",
    )
    nodir = str(tmp_path / "no" / "such.txt")
    assert rt.file_call("write", nodir, "x") == (
        "err",
        f"{nodir}: No such file or directory",
    )
    assert rt.file_call("append", nodir, "x") == (
        "err",
        f"{nodir}: No such file or directory",
    )
    # directories: exist, cannot be read or deleted as files
    d = str(tmp_path)
    assert rt.file_call("exists", d) is True
    assert rt.file_call("read", d) == ("err", f"{d}: Is a directory")
    assert rt.file_call("delete", d) == ("err", f"{d}: Is a directory")
    assert rt.file_call("write", d, "x") == ("err", f"{d}: Is a directory")


def test_invalid_utf8_and_nul_paths(tmp_path):
    path = tmp_path / "bin.dat"
    path.write_bytes(b"ok\xff\xfe")
    assert rt.file_call("read", str(path)) == ("err", f"{path}: invalid UTF-8")
    bad = str(tmp_path / "a\x00b")
    assert rt.file_call("exists", bad) is False
    assert rt.file_call("write", bad, "x") == ("err", f"{bad}: Invalid argument")
    assert rt.file_call("read", bad) == ("err", f"{bad}: Invalid argument")
    assert rt.file_call("delete", bad) == ("err", f"{bad}: Invalid argument")


def test_permission_denied(tmp_path):
    if os.geteuid() == 0:
        # root ignores file modes; check through a read-only file system
        # path instead.
        path = "/proc/version/x"
        assert rt.file_call("write", path, "x")[0] == "err"
        return
    path = tmp_path / "ro.txt"
    path.write_text("x")
    path.chmod(0o400)
    assert rt.file_call("write", str(path), "y") == (
        "err",
        f"{path}: Permission denied",
    )
