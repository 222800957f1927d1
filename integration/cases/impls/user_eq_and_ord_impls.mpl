struct Word do
  text :: String
end deriving(Display)

impl Eq for Word do
  fn eq(self, other :: Word) -> Bool = String.lower(self.text) == String.lower(other.text)
end

impl Ord for Word do
  fn lt(self, other :: Word) -> Bool = String.length(self.text) < String.length(other.text)
end

fn main() do
  let a = Word { text: "Kiwi" }
  let b = Word { text: "kiwi" }
  let c = Word { text: "fig" }
  println("${a == b} ${a != c} ${c < a} ${a > c} ${a <= b} ${compare(a, c)} ${compare(a, b)}")
  println("${List.sort([a, c, Word { text: "banana" }])}")
end
