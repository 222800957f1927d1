from Util import secret

fn main() do
  println("${secret()}")
end
