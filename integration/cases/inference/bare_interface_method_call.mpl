fn render<T>(x :: T) -> String where T: Display do
  to_string(x) <> "."
end

fn main() do
  println(render(1) <> render("a") <> render([true]))
end
