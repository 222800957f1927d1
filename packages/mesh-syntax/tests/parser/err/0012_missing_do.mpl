fn main() do
  if x > 1
    1
  end
  while true
  end
end
