fn main() do
  let r :: Result<Int, String> = Err("disk full")
  println("${Result.unwrap(r)}")
end
