# E0017 `receive` in a helper function and in a service handler
fn wait_one() -> Int do
  receive do
    n -> n
  end
end

service Box do
  call Take() :: Int do |s|
    let v = receive do
      n -> n
    end
    (s, v)
  end
end

fn main() do
  println("${wait_one()}")
end
