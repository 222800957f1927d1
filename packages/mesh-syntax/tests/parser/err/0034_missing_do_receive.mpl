actor a() do
  receive
    :x -> println("x")
  end
end

fn main() do
  println("x")
end
