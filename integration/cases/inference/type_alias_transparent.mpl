type Pairs<K> = List<(K, Int)>
type Handler = Fun(String) -> Int!String

fn total(ps :: Pairs<String>) -> Int = List.reduce(ps, 0, fn acc, (_, n) -> acc + n end)

fn main() do
  let h :: Handler = fn s -> case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad ${s}")
  end end
  println("${total([("a", 1), ("b", 2)])} ${h("4")} ${h("x")}")
end
