# E0052 two sum types share a variant name
type Light do
  On
  Off
end

type Switch do
  On
  Broken
end

fn main() do
  let x = On
end
