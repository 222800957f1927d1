from String import length, trim

fn main() do
  println("${length(trim("  abc "))}")
end
