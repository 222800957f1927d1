actor a() do
  receive do
    x -> x
  end
terminate do
  1
end
terminate do
  2
end
end
