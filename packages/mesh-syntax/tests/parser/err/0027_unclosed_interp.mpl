fn main() = "a${b
