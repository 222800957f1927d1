fn main() do
  println(Crypto.hmac_sha256("key", "The quick brown fox jumps over the lazy dog"))
  println(Crypto.hmac_sha256("", ""))
end
