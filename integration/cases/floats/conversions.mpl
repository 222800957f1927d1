fn main() do
  println("${Int.to_float(7)} ${Int.to_float(-2) / 4.0}")
  println("${Float.to_int(3.99)} ${Float.to_int(-3.99)} ${Float.to_int(0.5)}")
  println("${Int.to_float(1) / 3.0}")
  let avg = Int.to_float(10 + 11) / 2.0
  println("average ${avg} rounded down ${Float.to_int(avg)}")
end
