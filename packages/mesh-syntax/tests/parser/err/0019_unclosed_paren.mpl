fn main() do
  foo(1, 2
  bar()
end
