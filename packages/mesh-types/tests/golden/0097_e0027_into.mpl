# E0027 into() with no expected type
fn main() do
  let x = 3.into()
end
