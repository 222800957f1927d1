fn (x) = 1
struct do
  x :: Int
end
type = Int
