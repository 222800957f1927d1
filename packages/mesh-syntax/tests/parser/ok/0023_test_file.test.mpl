from Units import km

test "converts metres" do
  assert_eq(km(2500.0), 2.5)
end

test("second") do
  assert(true)
end
