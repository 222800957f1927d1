fn f(opts :: Map<String, Int>) -> Int = Map.size(opts)

fn main() do
  println("${f(a: 1, a: 2)}")
end
