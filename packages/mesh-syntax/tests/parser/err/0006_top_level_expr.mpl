println("hi")
x = 5
return 3
fn main() = 1
