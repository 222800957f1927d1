fn describe(n :: Int) -> String do
  match n do
    0 -> "nothing"
    small when small < 10 -> "small ${small}"
    other -> "big ${other}"
  end
end

fn main() do
  println(describe(0))
  println(describe(4))
  println(describe(40))
end
