fn loop(n :: Int) -> Int do
  case IO.read_line() do
    Ok(line) -> do
      println("${n}: [${line}] ${String.length(line)}")
      loop(n + 1)
    end
    Err(e) -> do
      println("end: ${e}")
      n
    end
  end
end

fn main() do
  let count = loop(0)
  println("${count} lines")
end
