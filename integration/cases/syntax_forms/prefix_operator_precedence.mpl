fn main() do
  let x = 3
  let y = 4
  println("${-x * y} ${not true == false} ${!(1 > 2)} ${-x + -y} ${- -x}")
end
