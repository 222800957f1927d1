fn a() -> Int = "not an int"

fn b() -> Int = undefined_thing + 1

fn main() do
  println("${a()} ${b()}")
  println(3)
end
