# E0016 a function and an integer are not spawnable
fn work() do
  println("working")
end

fn main() do
  let a = spawn(work)
  let b = spawn_link(7)
  let c = spawn(fn -> 42 end)
end
