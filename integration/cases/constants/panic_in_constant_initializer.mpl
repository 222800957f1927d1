let TABLE = build()

fn build() -> List<Int> do
  panic("cannot build table")
end

fn main() do
  println("main ${TABLE}")
end
