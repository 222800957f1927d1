fn twice(x) = x + x

fn main() do
  println("${twice(21)} ${twice(1.25)}")
end
