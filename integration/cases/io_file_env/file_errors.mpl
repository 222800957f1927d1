fn main() do
  let missing = "/tmp/mesh_case_no_such_dir_" <> Crypto.random_hex(8) <> "/x.txt"
  case File.read(missing) do
    Ok(_) -> println("unexpected")
    Err(e) -> println("${String.ends_with(e, ": No such file or directory")} ${String.starts_with(e, missing)}")
  end
  println("${Result.is_err(File.write(missing, "x"))} ${Result.is_err(File.delete(missing))}")
  println("${File.exists("/tmp")} ${Result.is_err(File.delete("/tmp"))}")
end
