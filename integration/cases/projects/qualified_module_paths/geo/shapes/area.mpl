pub fn square(n :: Int) -> Int = n * n
