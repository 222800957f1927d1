fn main() do
  println("${"ab" < "abc"} ${"Z" < "a"} ${"x" == "x"} ${"a" != "b"}")
  println("${"b" > "abc"} ${"" < "a"} ${"née" == "née"} ${"abc" >= "abd"}")
end
