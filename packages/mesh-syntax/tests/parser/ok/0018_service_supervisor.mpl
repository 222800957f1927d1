service Tally do
  fn init(start :: Int) -> Int do start end
  call Peek() :: Int do |n| (n, n) end
  cast Bump(by :: Int) do |n| n + by end
  cast Reset do
    0
  end
end

supervisor Front do
  strategy: one_for_all
  max_restarts: 5
  max_seconds: 10
  child tally do
    start: fn -> Tally.start(0) end
    restart: transient
    shutdown: brutal_kill
  end
end
