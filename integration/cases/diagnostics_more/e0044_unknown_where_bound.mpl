fn show<T>(x :: T) -> String where T: Printable = "x"

fn main() do
  println(show(1))
end
