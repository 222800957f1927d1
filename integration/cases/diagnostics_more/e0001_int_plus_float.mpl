fn main() do
  println("${1 + 2.5}")
end
