struct P do
  x :: Int,
  y :: Int
end
