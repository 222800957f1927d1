actor counter(n :: Int) do
  receive do
    :inc -> do
      counter(n + 1)
      println("after")
    end
  end
end

fn main() do
  let _ = spawn(counter, 0)
end
