fn f<T>(x :: T) -> T = 1

fn main() do
  println("${f(2)}")
end
