fn main() do
  let two = "first
second"
  println(two)
  let who = "Ada"
  let report = """
Report for "${who}":
  tickets = ${1 + 1}
"""
  print(report)
  println("""say ""hi"" \n""")
end
