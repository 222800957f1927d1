fn main() do
  let m = %{"a" => %{1 => [true]}, "b" => %{}}
  println("${m}")
  println(m.inspect())
end
