fn maybe_print(flag :: Bool) do
  if not flag do
    return
  end
  println("printed")
end

fn main() do
  maybe_print(false)
  maybe_print(true)
  println("done")
end
