from Geometry import *
fn main() = 1
