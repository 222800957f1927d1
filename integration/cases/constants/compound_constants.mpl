let PRIMES = [2, 3, 5, 7]
let NAMES = %{1 => "one", 2 => "two"}
let ORIGIN = (0, 0)
let RATE = 0.25

fn main() do
  println("${PRIMES} ${NAMES[2]} ${ORIGIN} ${RATE * 4.0} ${List.length(PRIMES)}")
end
