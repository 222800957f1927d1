type Expr do
  Lit(Int)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Neg(Expr)
end deriving(Display)

fn eval(e :: Expr) -> Int do
  case e do
    Lit(n) -> n
    Add(a, b) -> eval(a) + eval(b)
    Mul(a, b) -> eval(a) * eval(b)
    Neg(x) -> 0 - eval(x)
  end
end

fn main() do
  let e = Add(Lit(2), Mul(Lit(3), Neg(Lit(4))))
  println("${eval(e)} ${e}")
end
