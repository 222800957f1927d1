"""A generated multi-module program (for the scale test and profiling):
each module has a struct, a sum type, an impl, closures, loops and
matches, and calls into the module before it."""

from mesh_types import SourceFile


def module_text(i: int, fns: int) -> str:
    prev = f"M{i - 1}" if i > 0 else None
    lines = []
    if prev:
        lines.append(f"import {prev}")
    lines += [
        f"pub struct P{i} do", "  x :: Int", "  y :: Int", "end", "",
        f"pub type S{i} do", "  A(Int)", "  B(Int, Int)", "  C", "end", "",
        f"impl Display for S{i} do",
        "  fn to_string(self) -> String do",
        "    case self do", '      A(n) -> "A${n}"', '      B(a, b) -> "B${a}/${b}"',
        '      C -> "C"', "    end", "  end", "end", "",
    ]
    for j in range(fns):
        call = f"{prev}.f{j}(n) + " if prev else ""
        lines += [
            f"pub fn f{j}(n :: Int) -> Int do",
            f"  let p = P{i} {{ x: n, y: {j} }}",
            "  let xs = for k in 0..n when k % 2 == 0 do k * p.x end",
            "  let total = List.reduce(xs, 0, fn acc, v -> acc + v end)",
            f"  let s = if total > {j} do A(total) else B(total, p.y) end",
            "  case s do",
            f"    A(v) -> {call}v",
            "    B(a, b) -> a + b",
            "    C -> 0",
            "  end",
            "end", "",
        ]
    return "\n".join(lines) + "\n"


def program(modules: int = 40, fns: int = 10) -> list[SourceFile]:
    out = [SourceFile(f"m{i}.mpl", module_text(i, fns), f"M{i}") for i in range(modules)]
    last = f"M{modules - 1}"
    main = f'import {last}\n\nfn main() do\n  println("${{{last}.f0(3)}}")\nend\n'
    out.append(SourceFile("main.mpl", main, "Main"))
    return out
