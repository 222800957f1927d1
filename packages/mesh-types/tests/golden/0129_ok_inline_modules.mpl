# ok inline modules nest and see the file's private items
module Units do
  pub fn km(m :: Float) -> Float = m / 1000.0

  module Time do
    pub fn minutes(s :: Int) -> Int = s / 60 + offset()
  end
end

fn offset() -> Int = 0

fn main() do
  println("${Units.km(1500.0)} ${Units.Time.minutes(120)}")
end
