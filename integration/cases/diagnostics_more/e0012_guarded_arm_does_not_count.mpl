type Signal do
  Go
  Wait(Int)
  Halt(String)
end

fn act(s :: Signal) -> String do
  case s do
    Go -> "go"
    Wait(n) when n > 5 -> "long wait"
    Halt(_) -> "halt"
  end
end

fn main() do
  println(act(Go))
end
