fn notify(target :: Pid<String>) do
  send(target, 1.5)
end

fn main() do
  println("x")
end
