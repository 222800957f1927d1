fn main() do
  let t = (1, 2)
  t.0
end
