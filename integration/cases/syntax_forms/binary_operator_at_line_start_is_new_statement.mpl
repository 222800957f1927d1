fn f() -> Int do
  let a = 10
  let b = a
  -3
end

fn main() do
  println("${f()}")
end
