test "x" do
  1
end
