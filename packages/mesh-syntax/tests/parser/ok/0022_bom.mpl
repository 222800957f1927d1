fn main() = 1
