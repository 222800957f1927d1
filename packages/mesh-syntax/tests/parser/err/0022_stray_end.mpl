fn main() = 1
end
fn g() = 2
