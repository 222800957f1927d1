fn main() do
  println(String.replace("a-b-c", "-", "+"))
  println(String.replace("aaaa", "aa", "b"))
  println(String.replace("aaa", "aa", "b"))
  println(String.replace("keep", "", "x"))
  println(String.replace("café café", "é", "e"))
  println(String.replace("none here", "zz", "y"))
end
