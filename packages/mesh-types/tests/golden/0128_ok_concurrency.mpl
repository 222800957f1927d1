# ok actors, services, supervisors, jobs and timers together
struct Till do
  cash :: Int
  sales :: Int
end

service Register do
  fn init(opening :: Int) -> Till do
    Till { cash: opening, sales: 0 }
  end

  call Sell(price :: Int) :: Int do |t|
    let updated = Till { cash: t.cash + price, sales: t.sales + 1 }
    (updated, updated.sales)
  end

  cast Empty() do |t|
    Till { cash: 0, sales: t.sales }
  end
end

actor echo(prefix :: String) do
  receive do
    (from, text) -> send(from, "${prefix}${text}")
    (:exit, pid, reason) -> println("linked ${pid} exited: ${reason}")
  after 1000 -> println("quiet")
  end
  echo(prefix)
end

supervisor Shop do
  strategy: one_for_all
  max_restarts: 2
  child till do
    start: fn -> Register.start(10) end
    shutdown: brutal_kill
  end
  child greeter do
    start: fn -> spawn(echo, "> ") end
    restart: transient
  end
end

fn main() do
  let reg = Register.start(50)
  let n = Register.sell(reg, 7)
  Register.empty(reg)
  let e = spawn_link(echo, "hello ")
  send(e, (self(), "world"))
  receive do
    reply -> println(reply)
  end
  let shop = spawn(Shop)
  println("${n} ${Supervisor.count_children(shop)}")
  let job = Job.async(fn -> 6 * 7 end)
  case Job.await_timeout(job, 100) do
    Ok(v) -> println("${v}")
    Err(why) -> println(why)
  end
  Timer.sleep(1)
end
