supervisor Top do
  strategy: :one_for_one

fn main() do
  println("x")
end
