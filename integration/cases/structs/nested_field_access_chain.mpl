struct Inner do
  label :: String
end

struct Outer do
  inner :: Inner
  items :: List<Inner>
end

fn main() do
  let o = Outer { inner: Inner { label: "in" }, items: [Inner { label: "a" }, Inner { label: "b" }] }
  println(o.inner.label <> " " <> o.items[1].label <> " " <> "${o.inner.label.length()}")
end
