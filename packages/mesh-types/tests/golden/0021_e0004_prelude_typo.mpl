# E0004 misspelt prelude function
fn main() do
  printn("hello")
end
