# E0001 condition must be Bool
fn main() do
  if 1 do
    println("yes")
  end
end
