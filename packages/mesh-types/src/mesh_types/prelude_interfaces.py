"""The built-in interfaces (spec 03 §9), declared in Mesh itself.

They are parsed and collected like user interfaces, so signatures, `Self`,
associated types and default methods (`Ord.lt`/`Ord.compare`) follow one
path; their symbols are the bare names (`Display`, `Add`, ...).
"""

SOURCE = """\
interface Eq do
  fn eq(self, other :: Self) -> Bool
end
interface Ord do
  fn compare(self, other :: Self) -> Ordering do
    if self.lt(other) do Less else if other.lt(self) do Greater else Equal end
  end
  fn lt(self, other :: Self) -> Bool do self.compare(other) == Less end
end
interface Display do
  fn to_string(self) -> String
end
interface Debug do
  fn inspect(self) -> String
end
interface Hash do
  fn hash(self) -> Int
end
interface Default do
  fn default() -> Self
end
interface Add do
  type Output
  fn add(self, other :: Self) -> Self.Output
end
interface Sub do
  type Output
  fn sub(self, other :: Self) -> Self.Output
end
interface Mul do
  type Output
  fn mul(self, other :: Self) -> Self.Output
end
interface Div do
  type Output
  fn div(self, other :: Self) -> Self.Output
end
interface Mod do
  type Output
  fn mod(self, other :: Self) -> Self.Output
end
interface Neg do
  type Output
  fn neg(self) -> Self.Output
end
interface From<T> do
  fn from(value :: T) -> Self
end
interface Into<T> do
  fn into(self) -> T
end
interface Iterable do
  type Item
  type Iter
  fn iter(self) -> Self.Iter
end
interface Iterator do
  type Item
  fn next(self) -> (Self.Item, Self)?
end
interface ToJson do
  fn to_json(self) -> Json
end
"""

# Where the method's interface has an operator (spec 03 §11).
OPERATOR_METHODS = {"Add": "add", "Sub": "sub", "Mul": "mul", "Div": "div", "Mod": "mod",
                    "Neg": "neg", "Eq": "eq", "Ord": "lt"}
