fn show_all<T>(xs :: List<T>) -> String where T: Display = "${List.length(xs)}"

fn main() do
  println(show_all([fn -> 1 end]))
end
