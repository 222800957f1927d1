fn count(0, acc) = acc
fn count(n, acc) = count(n - 1, acc + 1)

fn main() do
  println("${count(2000000, 0)}")
end
