fn main() do
  let m = %{1 => Some("x")}
  println("${m[1]}")
  println("${m[2]}")
end
