# ok an interface method used as a value
fn main() do
  let words = List.map([1, 2, 3], Display.to_string)
  println(String.join(words, ", "))
end
