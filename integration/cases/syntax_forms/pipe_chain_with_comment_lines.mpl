struct Item do
  weight :: Int
  physical :: Bool
end

fn shipping(items :: List<Item>) -> Int do
  let base = 2 +
    3
  items
    # only physical goods travel
    |> List.filter(fn i -> i.physical end)
    |> List.length()
    |> fn n -> base + n end
end

fn main() do
  println("${shipping([Item { weight: 1, physical: true }, Item { weight: 2, physical: false }])}")
end
