from Model import Celsius

pub interface Describe do
  fn describe(self) -> String
end

impl Describe for Celsius do
  fn describe(self) -> String = "temperature of ${self.degrees}"
end

pub fn loud(c :: Celsius) -> String = String.upper(c.describe())
