fn main() do
  println("${-1 < 1} ${-9223372036854775807 < 9223372036854775807} ${compare(-3, 2)} ${compare(2, 2)} ${compare(1.5, 0.5)}")
  println("${Math.max(-1, -9)} ${List.sort([3, -10, 0, -2])}")
end
