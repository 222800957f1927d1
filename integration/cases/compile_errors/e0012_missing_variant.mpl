type Light do
  Red
  Green
  Blue
end

fn name(l :: Light) -> String do
  case l do
    Red -> "red"
    Green -> "green"
  end
end

fn main() do
  println(name(Red))
end
