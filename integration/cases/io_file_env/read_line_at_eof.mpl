fn main() do
  println("${IO.read_line()}")
  println("${IO.read_line()}")
end
