module Outer do
  fn secret() -> Int = 41

  pub module Inner do
    pub fn answer() -> Int = secret() + 1
  end

  pub fn via_inner() -> Int = Inner.answer() * 2
end

fn main() do
  println("${Outer.Inner.answer()} ${Outer.via_inner()} ${Outer.secret()}")
end
