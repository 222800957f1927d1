fn main() do
  case lookup(id) do
    None -> 0
    Some(row) -> do
      let n = row.count
      n * 2
    end
  end
  let v = do
    1
  end
  cond_value(1); other(2)
  if String.starts_with(s, "a") do 1 end
  let big = 0xff_ff + 0b1010 + 0o17 + 1_000_000 + 6e23 + 2.5e-3
end
