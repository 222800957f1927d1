actor a() do
  receive do
    :x -> println("x")
  end
terminate do
  println("one")
end
terminate do
  println("two")
end
end

fn main() do
  println("x")
end
