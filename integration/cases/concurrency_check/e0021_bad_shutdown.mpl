actor worker() do
  receive do
    :stop -> println("bye")
  end
end

supervisor Crew do
  child w1 do
    start: fn -> spawn(worker) end
    shutdown: 0
  end
end

fn main() do
  let _ = spawn(Crew)
end
