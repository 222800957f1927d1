fn main() do
  let xs = for x in [1, 2] do
    let f = fn -> continue end
    x
  end
  println("${xs}")
end
