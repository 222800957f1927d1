struct Tag do
  label :: String
  weight :: Float
end

fn main() do
  let t = Tag { label: "hot", weight: 2.0 }
  let box = %{:a => [Some("x"), None]}
  println("${t}")
  println(t.inspect())
  println("${box}")
  println(box.inspect())
  println("say \"hi\"\n".inspect())
end
