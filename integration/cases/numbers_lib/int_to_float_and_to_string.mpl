fn main() do
  println("${Int.to_float(3)} ${Int.to_float(-7) / 2.0} ${Float.from(1)}")
  println(Int.to_string(-42) <> " " <> Int.to_string(0) <> " " <> Float.to_string(2.5) <> " " <> Float.to_string(3.0))
  println("${Int.to_float(9007199254740993)}")
end
