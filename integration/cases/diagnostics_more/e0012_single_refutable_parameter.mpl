fn first((h :: _)) = h

fn main() do
  println("${first([1])}")
end
