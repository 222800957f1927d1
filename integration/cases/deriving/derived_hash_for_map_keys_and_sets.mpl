type Suit do
  Hearts
  Spades
end deriving(Eq, Hash, Display)

struct Card do
  rank :: Int
  suit :: Suit
end deriving(Eq, Hash, Display)

fn main() do
  let hand = Set.from_list([Card { rank: 1, suit: Hearts }, Card { rank: 1, suit: Spades }, Card { rank: 1, suit: Hearts }])
  println("${hand}")
  let counts = %{Hearts => 2, Spades => 5}
  println("${counts[Spades]} ${Map.has_key(counts, Hearts)}")
end
