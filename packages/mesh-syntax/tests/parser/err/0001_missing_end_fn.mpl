fn main() do
  let x = 1

fn other() = 2
