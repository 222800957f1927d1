service Tally do
  fn init() -> Int do 0 end
  call Peek() :: Int do |n| (n, n) end
  cast Peek() do |n| n + 1 end
end

fn main() do
  let _ = Tally.start()
end
