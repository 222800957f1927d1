fn main() do
  println("hi")
end

#= this comment
   never ends
