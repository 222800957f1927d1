"""The per-module check cache: reuse while texts and imported interfaces are
unchanged, re-check exactly what an edit can affect, same results as a
check without cache."""

import re

from generated import program
from mesh_types import CheckCache, SourceFile, check
from mesh_types.hir_dump import dump


def shape(result) -> str:
    """The HIR dump with binding ids erased (they are renumbered per run)."""
    return re.sub(r"#\d+", "#", dump(result.program))


def edit(sources, index, old, new):
    out = list(sources)
    s = out[index]
    assert old in s.text
    out[index] = SourceFile(s.path, s.text.replace(old, new, 1), s.module)
    return out


SOURCES = program(6, 3)


def test_unchanged_program_is_taken_from_the_cache():
    cache = CheckCache()
    cold = check(SOURCES, cache=cache)
    assert cache.misses == len(SOURCES) and cache.hits == 0
    warm = check(SOURCES, cache=cache)
    assert cache.hits == len(SOURCES)
    assert warm.ok and shape(warm) == shape(cold)


def test_body_edit_rechecks_only_that_module():
    cache = CheckCache()
    check(SOURCES, cache=cache)
    edited = edit(SOURCES, 3, "k * p.x", "k * p.x + 1")
    misses = cache.misses
    warm = check(edited, cache=cache)
    assert cache.misses == misses + 1
    assert shape(warm) == shape(check(edited))


def test_signature_edit_rechecks_the_dependents():
    cache = CheckCache()
    check(SOURCES, cache=cache)
    # module M2's f0 changes its return type: M3.. (which import it, directly or not) re-check
    edited = edit(SOURCES, 3, "pub fn f0(n :: Int) -> Int do", "pub fn f0(n :: Int) -> Float do")
    misses = cache.misses
    warm = check(edited, cache=cache)
    cold = check(edited)
    assert cache.misses - misses >= 2
    assert [d.code for d in warm.diagnostics] == [d.code for d in cold.diagnostics]
    assert not warm.ok


def test_binding_ids_stay_unique_across_cached_and_fresh_modules():
    cache = CheckCache()
    check(SOURCES, cache=cache)
    warm = check(edit(SOURCES, 2, "k * p.x", "k * p.x + 2"), cache=cache)
    ids = [m.group(1) for m in re.finditer(r"PBind \w+#(\d+)", dump(warm.program))]
    assert len(ids) == len(set(ids)) > 10


def test_warnings_of_cached_modules_are_reported_again():
    text = "fn main() do\n  let unused = 1\nend\n"
    cache = CheckCache()
    first = check([SourceFile("m.mpl", text, "Main")], cache=cache)
    second = check([SourceFile("m.mpl", text, "Main")], cache=cache)
    assert [d.code for d in first.diagnostics] == [d.code for d in second.diagnostics] == ["W0003"]
    assert cache.hits == 1


def test_modules_with_errors_are_not_stored():
    text = "fn main() do\n  let x :: Int = \"s\"\n  println(\"${x}\")\nend\n"
    cache = CheckCache()
    check([SourceFile("m.mpl", text, "Main")], cache=cache)
    again = check([SourceFile("m.mpl", text, "Main")], cache=cache)
    assert cache.hits == 0 and [d.code for d in again.diagnostics] == ["E0001"]


def test_on_disk_cache_is_shared_between_cache_objects(tmp_path):
    first = CheckCache(tmp_path / "cache")
    cold = check(SOURCES, cache=first)
    assert len(list((tmp_path / "cache").glob("*.mtc"))) == len(SOURCES)
    second = CheckCache(tmp_path / "cache")
    warm = check(SOURCES, cache=second)
    assert second.hits == len(SOURCES) and shape(warm) == shape(cold)


def test_damaged_cache_file_is_a_miss(tmp_path):
    check(SOURCES, cache=CheckCache(tmp_path))
    for f in tmp_path.glob("*.mtc"):
        f.write_bytes(b"not a pickle")
    cache = CheckCache(tmp_path)
    result = check(SOURCES, cache=cache)
    assert result.ok and cache.hits == 0


def test_type_at_works_for_cached_modules():
    text = "fn main() do\n  let n = \"abc\".length()\n  println(\"${n}\")\nend\n"
    cache = CheckCache()
    check([SourceFile("m.mpl", text, "Main")], cache=cache)
    warm = check([SourceFile("m.mpl", text, "Main")], cache=cache)
    assert cache.hits == 1
    assert repr(warm.type_at("m.mpl", text.index("${n}") + 2)) == "Int"


def test_a_new_impl_anywhere_invalidates_every_module():
    lib = SourceFile("lib.mpl", "pub struct P do\n  x :: Int\nend\n", "Lib")
    main = SourceFile("main.mpl", "from Lib import P\nfn main() do\n"
                      "  println(Lib.show(P { x: 1 }))\nend\n", "Main")
    lib2 = SourceFile("lib.mpl", lib.text + "pub fn show(p :: P) -> String = \"${p.x}\"\n", "Lib")
    cache = CheckCache()
    assert check([main, lib2], cache=cache).ok
    extra = SourceFile("extra.mpl", "import Lib\nimpl Display for Lib.P do\n"
                       "  fn to_string(self) -> String = \"P\"\nend\n", "Extra")
    misses = cache.misses
    assert check([main, lib2, extra], cache=cache).ok
    assert cache.misses - misses == 3


def test_on_disk_cache_stays_bounded_and_keeps_recently_used(tmp_path):
    cache = CheckCache(tmp_path, max_files=4)
    check(SOURCES, cache=cache)  # 6 modules stored: more than 4 + 4 // 4
    assert len(list(tmp_path.glob("*.mtc"))) <= 5
    # a pruned directory is just a colder cache: checking still gives the same program
    again = CheckCache(tmp_path, max_files=4)
    assert shape(check(SOURCES, cache=again)) == shape(check(SOURCES))
