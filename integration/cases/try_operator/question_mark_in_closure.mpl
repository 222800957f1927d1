fn main() do
  let parse_sum = fn a, b do
    let x = String.to_int(a)?
    let y = String.to_int(b)?
    Some(x + y)
  end
  println("${parse_sum("1", "2")} ${parse_sum("1", "z")}")
end
