actor worker() do
  receive do
    :stop -> println("bye")
  end
end

supervisor Crew do
  strategy: one_for_one
  child w1 do
    restart: permanent
  end
end

fn main() do
  let _ = spawn(Crew)
end
