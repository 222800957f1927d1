fn main() do
  let x = 1 let y = 2
  foo() bar()
end
