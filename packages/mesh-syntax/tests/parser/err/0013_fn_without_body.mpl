fn f(x) -> Int
fn g() = 1
