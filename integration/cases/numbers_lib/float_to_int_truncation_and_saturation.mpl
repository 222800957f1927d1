fn main() do
  println("${Float.to_int(3.99)} ${Float.to_int(-2.7)} ${Float.to_int(0.0)} ${Float.to_int(-0.5)}")
  let nan = 0.0 / 0.0
  let big = 1.0 / 0.0
  println("${Float.to_int(nan)} ${Float.to_int(big)} ${Float.to_int(-big)} ${Float.to_int(1e30)}")
end
