actor bomb() do
  receive do
    n -> if n > 0 do panic("bomb went off") else bomb() end
  end
end

fn main() do
  let b = spawn(bomb)
  send(b, 1)
  println("main continues")
end
