actor counter(n :: Int) do
  receive do
    :inc -> counter(n + 1)
    :stop -> n
  println("unreachable")
end

fn main() do
  println("x")
end
