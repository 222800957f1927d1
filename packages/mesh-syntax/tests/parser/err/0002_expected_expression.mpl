fn main() do
  let x = foo(, 1)
  let y = )
  let z = 1 +
end
