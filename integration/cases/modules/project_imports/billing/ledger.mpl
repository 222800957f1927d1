pub fn total(xs :: List<Int>) -> Int = List.reduce(xs, 0, fn acc, x -> acc + x end)
