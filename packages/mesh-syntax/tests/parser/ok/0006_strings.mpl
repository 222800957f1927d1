fn main() do
  let who = "Ada"
  println("${who} has ${n * 2} tickets; first: ${List.get(["A1", "B7"], 0)}")
  println("cost: \$${n}.00 \u{2713} \"q\" \\ \n\t")
  let nested = "total: ${fmt("${n} items")}"
  let braces = "${ %{"a" => 1} } and ${Point { x: 1, y: 2 }.x}"
  let report = """
Report for "${who}":
  tickets = ${n}
"""
  let empty = ""
end
