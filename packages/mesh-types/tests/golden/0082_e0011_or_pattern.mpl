# E0011 or-pattern alternatives bind different names
fn main() do
  let v = case Some(1) do
    Some(x) | None -> 1
  end
end
