actor worker() do
  receive do
    :stop -> println("bye")
  end
end

supervisor Crew do
  strategy: all_for_none
  child w1 do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  let _ = spawn(Crew)
end
