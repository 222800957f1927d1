struct Inner do
  name :: String
end deriving(Display, Debug)

struct Outer do
  inner :: Inner
  tags :: List<String>
  maybe :: Option<Inner>
end deriving(Display, Debug)

fn main() do
  let o = Outer { inner: Inner { name: "a" }, tags: ["t"], maybe: Some(Inner { name: "b" }) }
  println("${o}")
  println(o.inspect())
end
