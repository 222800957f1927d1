fn main() do
  let stock = %{"apples" => 12, "pears" => 0}
  let more = Map.put(stock, "kiwis", 5)
  let again = Map.put(more, "apples", 3)
  println("${stock} ${Map.size(more)}")
  println("${again}")
  println("${Map.get(again, "apples")} ${Map.get(again, "plums")} ${Map.has_key(again, "pears")}")
  println("${Map.keys(again)} ${Map.values(again)}")
  println("${Map.fetch(again, "kiwis")} ${Map.fetch(again, "plums")}")
  println("${Map.delete(again, "pears")}")
end
