pub impl Show for Int do
  fn show(self) = "i"
end
pub let x = 1
pub import Foo
fn main() = 1
