fn parse_all(xs :: List<String>) -> List<Int>!String do
  let nums = for s in xs do
    case String.to_int(s) do
      Some(n) -> n
      None -> return Err("bad: ${s}")
    end
  end
  Ok(nums)
end

fn total(xs :: List<String>) -> Int!String do
  let ns = parse_all(xs)?
  Ok(List.reduce(ns, 0, fn a, n -> a + n end))
end

fn main() do
  println("${total(["1", "2", "3"])} ${total(["1", "x", "3"])}")
end
