##! Temperature helpers.

## Converts Celsius to Fahrenheit.
fn to_f(c :: Float) -> Float = c * 1.8 + 32.0   # exact for our inputs
#= disabled:
   fn to_k(c) = c + 273.15  #= nested =#
=#
fn main() do
  # a comment line
  let x = 1 + #= inline =# 2
end
