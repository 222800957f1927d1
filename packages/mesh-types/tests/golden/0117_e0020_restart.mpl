# E0020 unknown restart type
actor idle() do
  receive do
    :stop -> println("stopped")
  end
end

supervisor Plant do
  child worker do
    start: fn -> spawn(idle) end
    restart: sometimes
  end
end

fn main() do
  let _p = spawn(Plant)
end
