fn nothing() do
end

fn main() do
  let u = nil
  let v = nothing()
  let w = if false do println("not printed") end
  println("${u} ${v} ${w} ${()}")
end
