fn main() do
  let n = 1
  case "a" do
    "${n}" -> println("one")
    _ -> println("other")
  end
end
