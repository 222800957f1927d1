fn main() do
  case x do
    1 -> 2
end

fn next() = 3
