fn main() do
  let get = fn r -> r.size end
  println("x")
end
