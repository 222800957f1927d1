pub let limit = 3

fn main() do
  println("${limit}")
end
