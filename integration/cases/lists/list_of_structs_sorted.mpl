struct Item do
  name :: String
  price :: Int
end

fn main() do
  let items = [Item { name: "b", price: 3 }, Item { name: "a", price: 3 }, Item { name: "c", price: 1 }]
  let cheap_first = List.sort(items, fn x, y -> x.price - y.price end)
  println("${List.map(cheap_first, fn i -> i.name end)}")
  println("${List.map(List.sort(items), fn i -> i.name end)}")
end
