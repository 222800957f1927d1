type Kind do
  Small
  Large
end

fn main() do
  let kinds = %{1 => Small}
  println("${kinds[1]}")
  println("${kinds[2]}")
end
