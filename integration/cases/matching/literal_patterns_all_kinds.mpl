fn kind_int(n :: Int) -> String do
  case n do
    -1 -> "minus one"
    0 -> "zero"
    0x10 -> "sixteen"
    _ -> "other"
  end
end

fn kind_float(x :: Float) -> String do
  case x do
    0.0 -> "zero"
    -0.5 -> "minus half"
    _ -> "other"
  end
end

fn kind_str(s :: String) -> String do
  case s do
    "" -> "empty"
    "a\tb" -> "tabbed"
    "née" -> "accented"
    _ -> "other"
  end
end

fn kind_unit(u :: ()) -> String do
  case u do
    () -> "unit"
  end
end

fn main() do
  println(kind_int(-1) <> "," <> kind_int(0) <> "," <> kind_int(16) <> "," <> kind_int(5))
  println(kind_float(-0.0) <> "," <> kind_float(-0.5) <> "," <> kind_float(0.0 / 0.0))
  println(kind_str("") <> "," <> kind_str("a\tb") <> "," <> kind_str("née") <> "," <> kind_str("ne"))
  println(kind_unit(()) <> "," <> kind_unit(nil))
end
