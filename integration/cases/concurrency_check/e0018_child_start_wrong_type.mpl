supervisor Crew do
  child w1 do
    start: fn -> 42 end
  end
end

fn main() do
  let _ = spawn(Crew)
end
