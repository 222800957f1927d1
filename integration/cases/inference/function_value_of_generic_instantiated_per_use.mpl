fn wrap<T>(x :: T) -> List<T> = [x]

fn main() do
  let a = List.map([1, 2], wrap)
  let b = List.map(["x"], wrap)
  println("${a} ${b}")
end
