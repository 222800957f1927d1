# The first Mesh program: `mesh run examples/hello.mpl`.

fn greet(name :: String) -> String = "Hello, ${name}!"

fn countdown(n :: Int) do
  if n > 0 do
    println("${n}...")
    countdown(n - 1)
  else
    println("liftoff")
  end
end

fn main() do
  println(greet("Mesh"))
  countdown(3)
  let ratio = 22.0 / 7.0
  println("22/7 = ${ratio}, rounded down: ${Float.to_int(ratio)}")
end
