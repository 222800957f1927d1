# E0033 continue outside a loop
fn main() do
  continue
end
