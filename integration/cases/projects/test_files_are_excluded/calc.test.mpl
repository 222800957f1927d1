from Calc import twice

test "twice doubles" do
  assert_eq(twice(2), 4)
end
