fn main() do
  let pairs = [(1, "a"), (2, "b")]
  let xs = for (n, s) in pairs do "${s}${n}" end
  let count = for _ in pairs do 1 end
  println("${xs} ${count}")
end
