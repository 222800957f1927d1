fn f(xs :: List<Int>) -> String do
  case xs do
    1 | 2 :: rest -> "small head, ${List.length(rest)} more"
    h :: t as all -> "${h} then ${t} of ${all}"
    [] -> "empty"
  end
end

fn main() do
  println(f([2, 9]))
  println(f([7, 8]))
  println(f([]))
end
