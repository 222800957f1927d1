# E0021 a shutdown that is neither a positive integer nor brutal_kill
actor idle() do
  receive do
    :stop -> println("stopped")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
    shutdown: 0
  end
  child other do
    start: fn -> spawn(idle) end
    shutdown: gently
  end
end

fn main() do
  let _p = spawn(Plant)
end
