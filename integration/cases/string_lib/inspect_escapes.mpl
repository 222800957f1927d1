fn main() do
  println("say \"hi\"\n\ttab\\".inspect())
  println("bell\u{7}".inspect())
  println("née".inspect())
end
