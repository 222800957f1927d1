module Config do
  let PORT = 8080
  pub fn port() -> Int = PORT
end

fn main() do
  println("${Config.port()}")
end
