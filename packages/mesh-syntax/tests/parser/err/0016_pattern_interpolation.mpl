fn main() do
  case s do
    "a${b}" -> 1
    _ -> 2
  end
end
