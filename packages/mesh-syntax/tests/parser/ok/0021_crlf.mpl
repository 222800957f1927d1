fn main() do
  let x = 1
  xend
