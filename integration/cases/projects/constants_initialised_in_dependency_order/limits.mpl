import Config

let MAX = compute()

fn compute() -> Int do
  println("init limits after ${Config.name()}")
  10
end

pub fn max_items() -> Int = MAX
