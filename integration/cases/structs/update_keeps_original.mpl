struct Account do
  owner :: String
  balance :: Int
  frozen :: Bool
end

fn main() do
  let a = Account { owner: "ann", balance: 10, frozen: false }
  let b = %{a | balance: 25, frozen: true}
  println("${a.balance} ${a.frozen} ${b.balance} ${b.frozen} ${b.owner}")
  println("${a}")
  println("${b}")
end
