struct Conf do
  host :: String
  port :: Int
  debug :: Bool
end deriving(Display)

fn main() do
  let c = Conf {
    host: "localhost"
    port: 8080,
    debug: true,
  }
  println("${c}")
end
