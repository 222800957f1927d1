actor echo() do
  receive do
    (:say, text) -> println(text)
  end
end

fn main() do
  let p = spawn(echo)
  send(p, (:say, "hi"))
  send(p, 42)
end
