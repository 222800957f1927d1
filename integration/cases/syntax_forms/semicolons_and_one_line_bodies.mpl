fn main() do
  let a = 1; let b = 2
  if a < b do println("lt") else println("ge") end
  let r = case b do 1 -> "one"; 2 -> "two"; _ -> "many" end; println(r)
end
