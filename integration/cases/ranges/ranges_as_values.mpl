fn span(r :: Range) -> Int = Range.length(r)

fn main() do
  let rs = [0..2, 5..9, 4..1]
  println("${rs} ${List.map(rs, fn r -> span(r) end)}")
end
