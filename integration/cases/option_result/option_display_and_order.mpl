fn main() do
  let xs = [Some(3), None, Some(1)]
  println("${xs} ${List.sort(xs)}")
  println("${None < Some(0)} ${Some(2) > Some(1)} ${Some("a") == Some("a")}")
  let rs :: List<Result<Int, String>> = [Err("x"), Ok(2)]
  println("${rs} ${List.sort(rs)} ${Ok(1) < Err("a")}")
  println(Some("x").inspect() <> " " <> Err("e").inspect())
end
