struct Account do
  owner :: String
end

fn main() do
  let m = %{"a" => Account { owner: "ann" }}
  println(Map.get(m, "a").owner)
  println(Map.get(m, "b").owner)
end
