# E0103 the actor's message type keeps an unresolved variable
actor relay() do
  receive do
    (reply_to, payload) -> send(reply_to, "got it")
  end
end

fn main() do
  let _r = spawn(relay)
end
