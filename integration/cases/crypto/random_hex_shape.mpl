fn main() do
  let h = Crypto.random_hex(16)
  let hex = "0123456789abcdef"
  println("${String.length(h)} ${String.length(Crypto.random_hex(0))} ${h != Crypto.random_hex(16)}")
  println("${List.all(String.split(h, ""), fn c -> String.contains(hex, c) end)}")
end
