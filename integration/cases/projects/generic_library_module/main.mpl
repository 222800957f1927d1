import Coll

fn main() do
  println("${Coll.pairs([1, 2, 3])}")
  println("${Coll.pairs(["a", "b"])}")
  println("${Coll.largest([3, 9, 2])} ${Coll.largest(["pear", "fig"])}")
end
