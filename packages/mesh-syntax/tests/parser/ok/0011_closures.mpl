fn main() do
  let a = fn(x, y) -> x + y end
  let b = fn x, y -> x + y end
  let c = fn(x :: Int) -> x * 2 end
  let d = fn -> 99 end
  let e = fn do
    1
  end
  let f = fn x do x end
  let g = fn(req) do
    req
  end
  let h = fn 0 -> "zero" | n -> "many" end
  let i = fn n when n < 0 -> -n | n -> n end
  let j = fn Some(v) -> v | None -> 0 end
  let sign = fn
    n when n > 0 -> 1
    | 0 -> 0
    | _ -> -1
  end
  let shout = fn(s :: String) do
    let up = String.upper(s)
    up <> "!"
  end
end
