fn main() do
  let a = Some(4)
  let b :: Int? = None
  println("${Option.is_some(a)} ${Option.is_none(a)} ${Option.is_some(b)} ${Option.is_none(b)}")
  println("${Option.unwrap(a)} ${Option.unwrap_or(a, 0)} ${Option.unwrap_or(b, -1)}")
  println("${Option.map(a, fn x -> x * 2 end)} ${Option.map(b, fn x -> x * 2 end)}")
  println("${Option.to_result(a, "none")} ${Option.to_result(b, "none")}")
end
