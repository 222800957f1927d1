fn main() = 1
#= start
  #= nested =#
