fn echo_lines(n :: Int) -> Int do
  case IO.read_line() do
    Ok(line) -> do
      println("${n}: [${line}]")
      echo_lines(n + 1)
    end
    Err(reason) -> do
      println("stopped: ${reason}")
      n
    end
  end
end

fn main() do
  let count = echo_lines(1)
  IO.puts("lines: ${count - 1}")
  IO.eprint("to stderr")
end
