fn main() = "a${}b"
