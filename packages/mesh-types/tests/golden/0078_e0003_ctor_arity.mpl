# E0003 constructor applied to the wrong number of arguments
type Shape do
  Rect(Float, Float)
end

fn main() do
  let r = Rect(1.0)
  case r do
    Rect(w) -> println("${w}")
  end
end
