fn main() do
  let xs = [1, 2]
  let ys = List.append(xs, 3)
  let zs = List.concat(ys, [4, 5])
  let ws = xs ++ [9]
  println("${xs} ${ys} ${zs} ${ws}")
  println("${List.length(xs)} ${List.length(zs)}")
end
