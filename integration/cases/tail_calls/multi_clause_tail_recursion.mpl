fn count(0, acc) = acc
fn count(n, acc) when n % 2 == 0 = count(n - 1, acc + 1)
fn count(n, acc) = count(n - 1, acc)

fn main() do
  println("${count(5000000, 0)}")
end
