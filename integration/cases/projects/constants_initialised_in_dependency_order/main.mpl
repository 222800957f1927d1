import Config
import Limits

let BANNER = "max=${Limits.max_items()}"

fn main() do
  println("main starts")
  println(BANNER)
  println("${Config.name()}")
end
