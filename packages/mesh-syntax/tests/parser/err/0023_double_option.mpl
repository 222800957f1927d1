fn f(x :: Int??) = x
