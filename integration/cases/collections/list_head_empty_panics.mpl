fn main() do
  let empty :: List<Int> = []
  println("before")
  println("${List.head(empty)}")
end
