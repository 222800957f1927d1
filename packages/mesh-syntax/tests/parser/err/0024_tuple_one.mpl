fn main() = (1,)
