actor relay(target :: Pid<String>, seen :: Int) do
  receive do
    (:fwd, msg) -> do
      send(target, msg)
      relay(target, seen + 1)
    end
    (:stop, _) -> println("relayed ${seen}")
  after 5000 -> relay(target, seen)
  end
terminate do
  println("relay down")
end
end

fn main() do
  let pid = spawn(relay, self(), 0)
  link(pid)
  receive do
  after 100 -> nil
  end
end
