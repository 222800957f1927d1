fn main() do
  let message = "hi"
  println(mesage)
end
