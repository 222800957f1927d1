fn main() do
  let unset = "MESH_CASE_SURELY_UNSET_VARIABLE_42"
  println("${Env.get(unset)} ${Env.get(unset, "fallback")} ${Env.get_int(unset, 7)}")
  println("${Option.is_some(Env.get("PATH"))} ${Env.get("PATH", "x") != "x"} ${Env.get_int("PATH", -3)}")
end
