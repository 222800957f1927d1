fn main() do
  let t = true
  let f = false
  println("${t and f} ${t or f} ${not t} ${!f}")
  println("${t && t} ${f || f} ${not f and t} ${t == f} ${t != f}")
  println("${1 < 2 and 2 < 3 or false}")
end
