# E0032 break inside a closure within a loop
fn main() do
  for x in [1, 2] do
    let f = fn y -> if y > 1 do break end end
    f(x)
  end
end
