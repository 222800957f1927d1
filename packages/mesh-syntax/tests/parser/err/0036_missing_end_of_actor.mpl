actor pinger() do
  receive do
    :ping -> println("pong")
  end

fn main() do
  println("x")
end
