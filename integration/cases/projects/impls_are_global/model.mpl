pub struct Celsius do
  degrees :: Float
end

impl Display for Celsius do
  fn to_string(self) -> String = "${self.degrees}C"
end
