# E0001 a declared type parameter is rigid
fn wrap<T>(x :: T) -> T do
  5
end

fn main() do
  println("${wrap(1)}")
end
