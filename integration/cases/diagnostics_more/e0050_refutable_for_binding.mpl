fn main() do
  let xs = [Some(1), None]
  let ys = for Some(x) in xs do x end
  println("${ys}")
end
