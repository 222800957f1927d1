fn main() do
  let show = fn x do
    println("${x}")
  show(1)
end
