fn main() do
  println("${String.to_int("42")} ${String.to_int("  -17 ")} ${String.to_int("+5")}")
  println("${String.to_int("")} ${String.to_int("4x")} ${String.to_int("1.5")} ${String.to_int("-")}")
  println("${String.to_int("9223372036854775807")} ${String.to_int("9223372036854775808")}")
  println("${String.to_int("-9223372036854775808")} ${String.to_int("-9223372036854775809")}")
end
