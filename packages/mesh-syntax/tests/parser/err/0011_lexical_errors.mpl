fn main() do
  let a = 0x
  let b = 1e
  let c = 1_
  let d = 0b102
  let e = "bad \q escape"
  let f = a @ b
  let g = a & b
  let h = 'c'
  let i = x |0> f()
  let j = "\u{D800}"
end
