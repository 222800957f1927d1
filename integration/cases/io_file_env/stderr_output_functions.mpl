fn main() do
  IO.eprint("warn:")
  IO.eprintln(" low disk")
  eprintln("second")
  IO.puts("to stdout")
  println("done")
end
