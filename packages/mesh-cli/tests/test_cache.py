"""Cache keying and storage for `mesh run`."""

from __future__ import annotations

import os
import time

from mesh_cli.cache import BuildCache, cache_key, cache_root
from mesh_cli.settings import Settings

SOURCES = [("Main", "main.mpl", 'fn main() do\n  println("hi")\nend\n'),
           ("Util", "util.mpl", "pub fn one() = 1\n")]
FP = "fingerprint-a"


def key(sources=SOURCES, options=(2, False), project=True, fp=FP):
    return cache_key(sources, options, project, fingerprint=fp)


def test_key_is_stable_and_order_independent():
    assert key() == key()
    assert key(list(reversed(SOURCES))) == key()


def test_key_changes_with_any_input():
    base = key()
    edited = [SOURCES[0], ("Util", "util.mpl", "pub fn one() = 2\n")]
    renamed = [SOURCES[0], ("Helpers", "util.mpl", SOURCES[1][2])]
    moved = [SOURCES[0], ("Util", "lib/util.mpl", SOURCES[1][2])]
    variants = {base, key(edited), key(renamed), key(moved), key(options=(0, False)),
                key(options=(2, True)), key(project=False), key(fp="fingerprint-b"),
                key(SOURCES[:1])}
    assert len(variants) == 9


def test_key_has_no_ambiguous_concatenation():
    a = [("M", "ab", "c")]
    b = [("M", "a", "bc")]
    assert key(a) != key(b)


def test_cache_roots(tmp_path):
    s = Settings.from_environment({"XDG_CACHE_HOME": str(tmp_path / "xdg")}, stderr_is_tty=False)
    assert cache_root(tmp_path / "proj", s) == tmp_path / "proj" / ".mesh" / "build"
    assert cache_root(None, s) == tmp_path / "xdg" / "mesh" / "run"


def _fake_build(cache: BuildCache, k: str, name: str = "app"):
    staged = cache.staging_path(k, name)
    staged.write_text("#!/bin/sh\n")
    staged.chmod(0o755)
    return cache.publish(staged, k, name)


def test_lookup_publish(tmp_path):
    cache = BuildCache(tmp_path / "c", max_entries=4)
    assert cache.lookup("k1", "app") is None
    exe = _fake_build(cache, "k1")
    assert exe == tmp_path / "c" / "k1" / "app"
    assert cache.lookup("k1", "app") == exe
    assert not any(p.name.startswith(".") for p in exe.parent.iterdir())


def test_non_executable_entry_is_a_miss(tmp_path):
    cache = BuildCache(tmp_path / "c", max_entries=4)
    exe = cache.entry("k", "app")
    exe.parent.mkdir(parents=True)
    exe.write_text("partial")
    assert cache.lookup("k", "app") is None


def test_prune_keeps_most_recent(tmp_path):
    cache = BuildCache(tmp_path / "c", max_entries=2)
    for i, k in enumerate(["old", "mid"]):
        _fake_build(cache, k)
        past = time.time() - 100 + i
        os.utime(tmp_path / "c" / k, (past, past))
    _fake_build(cache, "new")
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["mid", "new"]
