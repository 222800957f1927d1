fn tick(tag :: String) -> String do
  print("[${tag}]")
  tag
end

fn main() do
  let s = "${tick("x")}-${tick("y")}-${tick("z")}"
  println(" ${s}")
end
