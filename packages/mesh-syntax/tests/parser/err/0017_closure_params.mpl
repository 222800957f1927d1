fn main() do
  let f = fn x y end
  let g = 1
end
