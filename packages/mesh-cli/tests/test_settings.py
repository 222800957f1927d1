"""Environment variables are read in one place, with these meanings."""

from __future__ import annotations

from pathlib import Path

from mesh_cli.settings import Settings


def test_cache_dir_prefers_mesh_cache_dir():
    s = Settings.from_environment({"MESH_CACHE_DIR": "/a", "XDG_CACHE_HOME": "/b", "HOME": "/h"},
                                  stderr_is_tty=False)
    assert s.user_cache_dir == Path("/a")


def test_cache_dir_from_xdg():
    s = Settings.from_environment({"XDG_CACHE_HOME": "/b", "HOME": "/h"}, stderr_is_tty=False)
    assert s.user_cache_dir == Path("/b/mesh")


def test_cache_dir_from_home():
    s = Settings.from_environment({"HOME": "/h"}, stderr_is_tty=False)
    assert s.user_cache_dir == Path("/h/.cache/mesh")


def test_flags():
    s = Settings.from_environment({"MESH_BACKTRACE": "1", "MESH_VERBOSE": "0", "HOME": "/h"},
                                  stderr_is_tty=False)
    assert s.backtrace and not s.verbose


def test_colour_only_on_a_terminal_without_opt_outs():
    tty = Settings.from_environment({"HOME": "/h"}, stderr_is_tty=True)
    assert tty.use_color(no_color_flag=False, json_output=False)
    assert not tty.use_color(no_color_flag=True, json_output=False)
    assert not tty.use_color(no_color_flag=False, json_output=True)
    no_color = Settings.from_environment({"HOME": "/h", "NO_COLOR": "1"}, stderr_is_tty=True)
    assert not no_color.use_color(no_color_flag=False, json_output=False)
    pipe = Settings.from_environment({"HOME": "/h"}, stderr_is_tty=False)
    assert not pipe.use_color(no_color_flag=False, json_output=False)


def test_linker_env_is_recorded():
    s = Settings.from_environment({"HOME": "/h", "CC": "clang"}, stderr_is_tty=False)
    assert s.linker_env == ("", "clang")
