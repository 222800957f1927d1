struct Version do
  major :: Int
  minor :: Int
end

fn main() do
  let a = Version { major: 1, minor: 9 }
  let b = Version { major: 2, minor: 0 }
  println("${a == b} ${a < b} ${a != Version { major: 1, minor: 9 }} ${compare(b, a)}")
  println("${List.sort([b, a])}")
  let seen = Set.from_list([a, b, a])
  println("${Set.size(seen)}")
end
