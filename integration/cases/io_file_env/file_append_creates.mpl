fn main() do
  let path = "/tmp/mesh_case_append_" <> Crypto.random_hex(8) <> ".log"
  let _ = File.append(path, "a")
  let _ = File.append(path, "b\n")
  println("${File.read(path)}")
  let _ = File.delete(path)
  println("${File.exists(path)}")
end
