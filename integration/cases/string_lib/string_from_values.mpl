fn main() do
  println(String.from(42) <> " " <> String.from(-0.5) <> " " <> String.from(true) <> " " <> String.from("s"))
  println(String.from([1, 2]) <> " " <> String.from(Some(3)) <> " " <> String.from((1, "x")))
end
