# E0049 struct literal of a non-struct and update of a non-struct
type Mode do
  Fast
end

fn main() do
  let m = Mode { speed: 1 }
  let n = %{5 | x: 1}
end
