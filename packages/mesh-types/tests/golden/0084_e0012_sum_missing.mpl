# E0012 missing variants of a sum type, listed in declaration order
type Dir do
  North
  East
  South
  West
  Up
  Down
  Still
end

fn name(d :: Dir) -> String do
  case d do
    North -> "n"
  end
end

fn main() do
  println(name(North))
end
