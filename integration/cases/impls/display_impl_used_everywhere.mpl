struct Temp do
  c :: Float
end

impl Display for Temp do
  fn to_string(self) -> String = "${self.c}°C"
end

fn main() do
  let t = Temp { c: 21.5 }
  println("${t} ${[t]} ${Some(t)} ${%{"now" => t}} ${String.from(t)} ${t.to_string()}")
  println(t.inspect())
end
