fn main() do
  println(String.join(["a", "b", "c"], ", "))
  println("[" <> String.join([], "-") <> "]")
  println(String.join(["solo"], "-"))
  println(String.join(["", ""], "|"))
end
