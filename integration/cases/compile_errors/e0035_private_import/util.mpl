fn secret() -> Int = 42
