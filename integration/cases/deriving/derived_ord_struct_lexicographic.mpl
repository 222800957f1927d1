struct Date do
  year :: Int
  month :: Int
  day :: Int
end deriving(Eq, Ord, Display)

fn main() do
  let ds = [Date { year: 2024, month: 5, day: 1 }, Date { year: 2023, month: 12, day: 31 }, Date { year: 2024, month: 1, day: 15 }]
  println("${List.sort(ds)}")
  println("${Date { year: 1, month: 1, day: 2 } > Date { year: 1, month: 1, day: 1 }}")
end
