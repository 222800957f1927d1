# E0055 main with parameters
fn main(args) do
  println("hi")
end
