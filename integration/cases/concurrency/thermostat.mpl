fn count_hot(t :: Int, readings :: Int) -> Int do
  println("too hot: ${t}")
  readings + 1
end

actor thermostat(target :: Int, readings :: Int) do
  receive do
    (:reading, t) when t > target + 2 -> thermostat(target, count_hot(t, readings))
    (:reading, _) -> thermostat(target, readings + 1)
    (:retarget, t) -> thermostat(t, readings)
  end
terminate do
  println("thermostat saw ${readings} readings")
end
end

fn main() do
  let th = spawn(thermostat, 21, 0)
  send(th, (:reading, 25))
  send(th, (:retarget, 26))
  send(th, (:reading, 25))
end
