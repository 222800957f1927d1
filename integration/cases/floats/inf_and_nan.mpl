fn main() do
  let zero = 0.0
  let inf = 1.0 / zero
  let nan = zero / zero
  println("${inf} ${-1.0 / zero} ${nan} ${-inf}")
  println("${nan == nan} ${nan != nan} ${nan < 1.0} ${nan >= 1.0}")
  println("${0.0 == -0.0} ${inf > 1e308} ${inf - inf}")
end
