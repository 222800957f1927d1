# E0019 unknown strategy and a duplicate child name
actor idle() do
  receive do
    :stop -> println("stopped")
  end
end

supervisor Plant do
  strategy: one_for_some
  child worker do
    start: fn -> spawn(idle) end
  end
  child worker do
    start: fn -> spawn(idle) end
  end
end

fn main() do
  let _p = spawn(Plant)
end
