fn main(n :: Int) do
  println("${n}")
end
