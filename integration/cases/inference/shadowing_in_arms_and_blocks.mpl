fn main() do
  let x = 1
  let y = case x do
    x when x > 0 -> do
      let x = x * 10
      x + 1
    end
    _ -> 0
  end
  let z = do
    let x = "inner"
    String.length(x)
  end
  println("${x} ${y} ${z}")
end
