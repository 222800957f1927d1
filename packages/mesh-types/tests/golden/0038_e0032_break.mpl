# E0032 break outside a loop
fn main() do
  break
end
