# E0014 the message does not match the actor's message type
actor counter(total :: Int) do
  receive do
    (:add, n) -> counter(total + n)
    (:show, _) -> println("total ${total}")
  end
end

fn main() do
  let c = spawn(counter, 0)
  send(c, (:add, 2))
  send(c, "three")
end
