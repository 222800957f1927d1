interface Describe do
  fn describe(self) -> String
end

struct Box<T> do
  item :: T
end

impl Describe for Int do
  fn describe(self) -> String = "int ${self}"
end

impl Describe for List<T> where T: Display do
  fn describe(self) -> String = "list of ${List.length(self)}: ${self}"
end

impl Describe for Box<T> where T: Display do
  fn describe(self) -> String = "box(${self.item})"
end

fn main() do
  println(5.describe())
  println([1, 2].describe())
  println(Box { item: "x" }.describe())
  println(describe(Box { item: 3 }))
end
