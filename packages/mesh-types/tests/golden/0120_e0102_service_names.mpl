# E0102 two handlers generating one name, and a handler named `start`
service Counter do
  fn init() -> Int do
    0
  end

  call GetCount() :: Int do |n|
    (n, n)
  end

  cast Get_count() do |n|
    n
  end

  cast Start() do |n|
    n
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.get_count(c)}")
end
