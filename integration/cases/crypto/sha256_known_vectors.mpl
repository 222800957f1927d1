fn main() do
  println(Crypto.sha256(""))
  println(Crypto.sha256("abc"))
  println(Crypto.sha256("née"))
end
