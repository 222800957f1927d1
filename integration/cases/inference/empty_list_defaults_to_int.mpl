fn main() do
  let xs = []
  println("${List.length(xs)} ${xs}")
end
