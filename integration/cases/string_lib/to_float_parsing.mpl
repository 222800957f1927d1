fn main() do
  println("${String.to_float("3.14")} ${String.to_float(" -2e3 ")} ${String.to_float(".5")} ${String.to_float("7")}")
  println("${String.to_float("inf")} ${String.to_float("-Infinity")} ${String.to_float("NaN")}")
  println("${String.to_float("")} ${String.to_float("abc")} ${String.to_float("1.2.3")}")
end
