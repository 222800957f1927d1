##! Function forms.

## Adds two numbers.
pub fn add(a :: Int, b :: Int) -> Int = a + b

def twice(x) = x * 2

fn main do
  println("hi")
end

fn greet(name :: String) -> String do
  let msg = "Hello, ${name}!"
  return msg
end
