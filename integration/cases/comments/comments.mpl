##! A module doc comment.

## Doc comment for double.
fn double(x :: Int) -> Int = x * 2   # trailing comment

#= a block comment
   #= nested inside =#
   fn not_code() = 1
=#

fn main() do
  # a line comment
  let x = #= inline =# 21
  println("${double(x)}") # another
  println("# not a comment")
  #= multi
     line =# println("after block")
end
