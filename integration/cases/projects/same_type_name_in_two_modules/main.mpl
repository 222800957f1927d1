import Left
import Right

fn main() do
  let a = Left.make(1)
  let b = Right.make("x")
  println("${a} ${b}")
  println("${Left.value(a)} ${Right.value(b)}")
end
