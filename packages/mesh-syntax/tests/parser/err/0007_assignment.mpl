fn main() do
  let x = 1
  x = x + 1
  x
end
