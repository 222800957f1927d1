interface A do
  fn name(self) -> String
end

interface B do
  fn name(self) -> String
end

struct Thing do
  id :: Int
end

impl A for Thing do
  fn name(self) -> String = "a${self.id}"
end

impl B for Thing do
  fn name(self) -> String = "b${self.id}"
end

fn main() do
  let t = Thing { id: 1 }
  println(A.name(t) <> " " <> B.name(t))
end
