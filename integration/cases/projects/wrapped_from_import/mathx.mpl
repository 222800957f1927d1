pub fn add(a :: Int, b :: Int) -> Int = a + b
pub fn sub(a :: Int, b :: Int) -> Int = a - b
pub fn mul(a :: Int, b :: Int) -> Int = a * b
pub fn neg(a :: Int) -> Int = 0 - a
