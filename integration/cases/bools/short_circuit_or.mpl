fn check(tag :: String, v :: Bool) -> Bool do
  print(tag)
  v
end

fn main() do
  let a = check("a", true) or check("b", false)
  println(" ${a}")
  let b = check("c", false) || check("d", true)
  println(" ${b}")
  let c = check("e", true) && check("f", false) && check("g", true)
  println(" ${c}")
end
