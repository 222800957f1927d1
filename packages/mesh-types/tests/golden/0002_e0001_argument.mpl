# E0001 argument of a user function, Int where Float expected
fn area(w :: Float, h :: Float) -> Float = w * h

fn main() do
  println(area(3, 2.0))
end
