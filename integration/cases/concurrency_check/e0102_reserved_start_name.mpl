service Tally do
  fn init() -> Int do 0 end
  cast Start() do |n| n end
end

fn main() do
  let _ = Tally.start()
end
