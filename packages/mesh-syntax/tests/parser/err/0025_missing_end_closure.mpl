fn main() do
  let f = fn x -> x + 1
  f(2)
end
