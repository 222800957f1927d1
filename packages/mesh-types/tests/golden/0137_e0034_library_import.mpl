# E0034: `from String import` names only members of `String` (spec 11 §1)
from String import length, lenght

fn main() do
  println("${length("abc")} ${lenght("x")}")
end
