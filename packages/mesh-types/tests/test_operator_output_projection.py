"""An operator on a declared type parameter has the impl's `Output` type
(spec 03 §4.6): `gap<T>(a :: T, b :: T) where T: Sub = a - b` is
`Fun(T, T) -> T.Output`, checked at every instantiation."""

from helpers import codes, signatures

IMPLS = """
struct Meters do
  v :: Int
end

impl Sub for Meters do
  type Output = Int
  fn sub(self, o :: Meters) -> Int = self.v - o.v
end

struct Money do
  c :: Int
end

impl Add for Money do
  type Output = Money
  fn add(self, o :: Money) -> Money = Money { c: self.c + o.c }
end
"""


def test_unannotated_result_is_a_fresh_parameter():
    sigs = signatures(IMPLS + "fn gap<T>(a :: T, b :: T) where T: Sub = a - b\n"
                      "fn main() do\nend\n")
    assert sigs["gap"] == "Fun(T, T) -> a"


def test_instantiation_takes_the_impl_output():
    src = IMPLS + ("fn gap<T>(a :: T, b :: T) where T: Sub = a - b\n"
                   "fn main() do\n  let d :: Int = gap(Meters { v: 3 }, Meters { v: 1 })\n"
                   "  let f :: Float = gap(2.5, 1.0)\n  println(\"${d} ${f}\")\nend\n")
    assert codes(src) == []


def test_unannotated_wrapper_passes_the_requirement_on():
    src = IMPLS + ("fn gap<T>(a :: T, b :: T) where T: Sub = a - b\n"
                   "fn wrap(a, b) = gap(a, b)\n"
                   "fn main() do\n  let d :: Int = wrap(Meters { v: 3 }, Meters { v: 1 })\n"
                   "  println(\"${d}\")\nend\n")
    assert codes(src) == []


def test_homogeneous_annotation_still_accepted_for_matching_impls():
    src = IMPLS + ("fn add<T>(a :: T, b :: T) -> T where T: Add = a + b\n"
                   "fn main() do\n  let m = add(Money { c: 1 }, Money { c: 2 })\n"
                   "  println(\"${add(1, 2)} ${m.c}\")\nend\n")
    assert codes(src) == []
    assert signatures(src)["add"] == "Fun(T, T) -> T"


def test_homogeneous_annotation_with_a_different_output_is_e0001():
    src = IMPLS + ("fn same<T>(a :: T, b :: T) -> T where T: Sub = a - b\n"
                   "fn main() do\n  let m = same(Meters { v: 3 }, Meters { v: 1 })\n"
                   "  println(\"x\")\nend\n")
    assert [c for c in codes(src) if c.startswith("E")] == ["E0001"]


def test_reduce_with_a_closure_over_the_parameter():
    src = IMPLS + ("fn total<T>(xs :: List<T>, zero :: T) -> T where T: Add =\n"
                   "  List.reduce(xs, zero, fn acc, x -> acc + x end)\n"
                   "fn main() do\n  println(\"${total([1, 2], 0)} ${total([Money { c: 1 }], "
                   "Money { c: 0 }).c}\")\nend\n")
    assert codes(src) == []


def test_requirement_survives_the_module_cache(tmp_path):
    from mesh_types import CheckCache, SourceFile, check
    lib = SourceFile("lib.mpl", IMPLS.replace("struct Meters", "pub struct Meters") +
                     "pub fn gap<T>(a :: T, b :: T) where T: Sub = a - b\n", "Lib")
    good = SourceFile("main.mpl", "from Lib import gap, Meters\nfn main() do\n"
                      "  let d :: Int = gap(Meters { v: 3 }, Meters { v: 1 })\n"
                      "  println(\"${d}\")\nend\n", "Main")
    bad = SourceFile("main.mpl", good.text.replace(":: Int", ":: String"), "Main")
    for cache in (CheckCache(), CheckCache(str(tmp_path / "c"))):
        assert check([good, lib], cache=cache).ok
        assert check([good, lib], cache=cache).ok       # Lib from the cache
        assert [d.code for d in check([bad, lib], cache=cache).diagnostics
                if d.is_error] == ["E0001"]
