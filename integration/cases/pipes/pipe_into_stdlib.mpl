fn shout(s :: String) -> String = s <> "!"

fn main() do
  println("${"héllo" |> String.length()}")
  println("${7 |> Int.to_float() |> Float.to_int()}")
  "done" |> shout() |> println()
  42 |> fn_of_int() |> println
end

fn fn_of_int(n :: Int) -> String = "n=${n}"
