from Model import Celsius
import Extras

fn main() do
  let c = Celsius { degrees: 21.5 }
  println("${c} ${c.describe()}")
  println(Extras.loud(c))
end
