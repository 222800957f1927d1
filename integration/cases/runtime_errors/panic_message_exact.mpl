fn main() do
  panic("café is closed: ${[1, 2]}")
end
