fn main() do
  case (1, 2) do
    (a, a) -> println("${a}")
  end
end
