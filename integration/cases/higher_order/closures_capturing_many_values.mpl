fn main() do
  let name = "acc"
  let xs = [1, 2, 3]
  let factor = 1.5
  let flag = true
  let describe = fn n do
    let scaled = Int.to_float(n) * factor
    "${name}:${n}:${scaled}:${flag}:${List.length(xs)}"
  end
  println(describe(4))
end
