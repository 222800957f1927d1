let greeting = "hi"
let LIMIT :: Int = 3 * 4

fn main() do
  println("${greeting} ${LIMIT}")
end
