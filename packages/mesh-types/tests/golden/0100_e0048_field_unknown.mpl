# E0048 field access on a value whose type is never known
fn main() do
  let f = fn r -> r.temp end
end
