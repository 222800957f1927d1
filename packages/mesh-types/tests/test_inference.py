"""Inferred types of top-level functions (printed as in diagnostics)."""

import pytest
from helpers import codes, signatures

CASES = [
    ("fn id(x) = x", {"id": "Fun(a) -> a"}),
    ("fn twice(x) = x + x", {"twice": "Fun(a) -> a"}),
    ("fn double(x) = x * 2", {"double": "Fun(Int) -> Int"}),
    ("fn half(x) = x / 2.0", {"half": "Fun(Float) -> Float"}),
    ("fn greet(n) = \"hi \" <> n", {"greet": "Fun(String) -> String"}),
    ("fn first(a, b) = a", {"first": "Fun(a, b) -> a"}),
    ("fn same(a, b) = a == b", {"same": "Fun(a, a) -> Bool"}),
    ("fn less(a, b) = a < b", {"less": "Fun(a, a) -> Bool"}),
    ("fn neg(x) = -x", {"neg": "Fun(a) -> a"}),
    ("fn show(x) = \"${x}\"", {"show": "Fun(a) -> String"}),
    ("fn fail(msg) = panic(msg)", {"fail": "Fun(String) -> a"}),
    ("fn apply(f, x) = f(x)", {"apply": "Fun(Fun(a) -> b, a) -> b"}),
    ("fn len(s) = String.length(s)", {"len": "Fun(String) -> Int"}),
    ("fn conv(n) = Int.to_float(n) + 1.5", {"conv": "Fun(Int) -> Float"}),
    ("fn unit() do end", {"unit": "Fun() -> ()"}),
    ("fn no_else(b) = if b do 1 end", {"no_else": "Fun(Bool) -> ()"}),
    ("fn pick<T>(a :: T, b :: T) -> T = a", {"pick": "Fun(T, T) -> T"}),
    ("fn pair(a, b) = (a, b)", {"pair": "Fun(a, b) -> (a, b)"}),
    ("fn swap(p) do\n  let (a, b) = p\n  (b, a)\nend", {"swap": "Fun((a, b)) -> (b, a)"}),
    ("fn early(n :: Int) -> String do\n  if n < 0 do\n    return \"neg\"\n  end\n  \"pos\"\nend",
     {"early": "Fun(Int) -> String"}),
    (("fn ev(n) = if n == 0 do true else od(n - 1) end\n"
     "fn od(n) = if n == 0 do false else ev(n - 1) end"),
     {"ev": "Fun(Int) -> Bool", "od": "Fun(Int) -> Bool"}),
    ("fn fact(n) = if n <= 1 do 1 else n * fact(n - 1) end", {"fact": "Fun(Int) -> Int"}),
    ("fn later() = sooner() + 1\nfn sooner() = 41", {"later": "Fun() -> Int", "sooner": "Fun() -> Int"}),
    ("fn classify(n) = case n do\n  0 -> \"zero\"\n  k when k < 0 -> \"neg\"\n  _ -> \"pos\"\nend",
     {"classify": "Fun(Int) -> String"}),
    ("fn flag(b) = case b do\n  true -> 1\n  false -> 0\nend", {"flag": "Fun(Bool) -> Int"}),
    ("fn piped(s) = s |> String.length() |> Int.to_string()", {"piped": "Fun(String) -> String"}),
    ("fn slot(a, b) = a |2> sub(b)\nfn sub(x :: Int, y :: Int) -> Int = x - y",
     {"slot": "Fun(Int, Int) -> Int"}),
    ("fn method(n :: Int) = n.to_string().length()", {"method": "Fun(Int) -> Int"}),
    ("fn conv2(x) = String.from(x * 2)", {"conv2": "Fun(Int) -> String"}),
    ("fn deferred(x) do\n  let y = x\n  let _ = y + 1\n  y.to_string()\nend",
     {"deferred": "Fun(Int) -> String"}),
]


@pytest.mark.parametrize("source, expected", CASES, ids=[c[0].split("(")[0][3:] for c in CASES])
def test_signatures(source, expected):
    got = signatures(source + "\nfn main() do\nend\n")
    for name, ty in expected.items():
        assert got[name] == ty


def test_let_is_monomorphic_in_value_but_functions_are_generic():
    src = "fn id(x) = x\nfn main() do\n  let a = id(1)\n  let b = id(\"s\")\n  println(\"${a}${b}\")\nend\n"
    assert signatures(src)["main"] == "Fun() -> ()"


def test_leftover_variables_default_to_int():
    src = "fn main() do\n  let f = fn_of()\nend\nfn fn_of() = panic(\"x\")\n"
    assert signatures(src)["main"] == "Fun() -> ()"


def test_where_bound_allows_operator_on_rigid_param():
    src = "fn add<T>(a :: T, b :: T) -> T where T: Add = a + b\nfn main() do\nend\n"
    assert signatures(src)["add"] == "Fun(T, T) -> T"
    assert "E0006" in codes("fn add<T>(a :: T, b :: T) -> T = a + b\nfn main() do\nend\n")


def test_rigid_param_rejects_concrete_type():
    assert codes("fn f<T>(a :: T) -> T = 1\nfn main() do\nend\n") == ["E0001"]


def test_comparison_needs_same_type():
    assert codes("fn main() do\n  let b = 1 < \"a\"\nend\n") == ["E0001"]


def test_never_unifies_with_any_branch():
    src = "fn f(n :: Int) -> Int = if n > 0 do n else panic(\"neg\") end\nfn main() do\nend\n"
    assert signatures(src)["f"] == "Fun(Int) -> Int"


def test_multi_clause_signatures():
    src = ("fn describe(0) -> String = \"none\"\nfn describe(n) when n < 0 = \"debt\"\n"
           "fn describe(n :: Int) do\n  \"${n}\"\nend\nfn main() do\nend\n")
    assert signatures(src)["describe"] == "Fun(Int) -> String"
    src = "fn first((a, _)) = a\nfn main() do\nend\n"
    assert signatures(src)["first"] == "Fun((a, b)) -> a"
