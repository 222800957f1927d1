fn main() do
  println("bad \q escape")
end
