# E0018 a child without `start` and one whose start is not `Fun() -> Pid<_>`
actor idle() do
  receive do
    :stop -> println("stopped")
  end
end

supervisor Plant do
  child a do
    restart: permanent
  end
  child b do
    start: fn -> 42 end
  end
end

fn main() do
  let _p = spawn(Plant)
end
