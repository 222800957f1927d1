fn main() do
  let good :: Result<Int, String> = Ok(3)
  let bad :: Result<Int, String> = Err("boom")
  println("${Result.is_ok(good)} ${Result.is_err(good)} ${Result.is_ok(bad)} ${Result.is_err(bad)}")
  println("${Result.unwrap(good)} ${Result.unwrap_or(bad, 0)} ${Result.unwrap_or(good, 0)}")
  println("${Result.map(good, fn x -> x + 1 end)} ${Result.map(bad, fn x -> x + 1 end)}")
  println("${Result.map_err(bad, fn e -> String.length(e) end)} ${Result.map_err(good, fn e -> String.length(e) end)}")
  println("${Result.ok(good)} ${Result.ok(bad)}")
end
