# ok actors, services and supervisors exported and used from another module
from Workers import pinger, Store, Crew
import Workers

fn main() do
  let p = spawn(pinger, 3)
  send(p, 5)
  let s = Store.start(1)
  Store.put(s, 4)
  println("${Workers.Store.total(s)}")
  let _crew = spawn(Crew)
  let _q = spawn(Workers.pinger, 1)
end
#>> workers.mpl Workers
pub actor pinger(n :: Int) do
  receive do
    k -> pinger(n + k)
  end
end

pub service Store do
  fn init(first :: Int) -> List<Int> do
    [first]
  end

  cast Put(x :: Int) do |xs|
    List.append(xs, x)
  end

  call Total() :: Int do |xs|
    (xs, List.reduce(xs, 0, fn(a, b) -> a + b end))
  end
end

pub supervisor Crew do
  child one do
    start: fn -> spawn(pinger, 0) end
  end
end
