fn main() do
  let sign = fn
    n when n > 0 -> 1
    | 0 -> 0
    | _ -> -1
  end
  let name = fn 0 -> "zero" | n -> "many ${n}" end
  let val = fn Some(v) -> v | None -> 0 end
  println("${sign(5)} ${sign(0)} ${sign(-3)} ${name(0)} ${name(2)} ${val(Some(9))} ${val(None)}")
end
