fn main() do
  let path = "/tmp/mesh_case_file_" <> Crypto.random_hex(8) <> ".txt"
  println("${File.exists(path)}")
  println("${File.write(path, "héllo\n")}")
  println("${File.exists(path)} ${File.read(path)}")
  println("${File.append(path, "more")}")
  case File.read(path) do
    Ok(text) -> println("[${text}] ${String.length(text)}")
    Err(e) -> println("error ${e}")
  end
  println("${File.write(path, "")} ${File.read(path)}")
  println("${File.delete(path)} ${File.exists(path)}")
end
