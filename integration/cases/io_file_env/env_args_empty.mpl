fn main() do
  let args = Env.args()
  println("${args} ${List.length(args)}")
end
