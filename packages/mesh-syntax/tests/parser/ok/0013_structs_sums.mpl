pub struct Reading<T> do
  sensor :: String
  value :: T
  taken_at :: Int
end deriving(Eq, Display, Json)

struct User do
  table "users"
  primary_key :id
  timestamps true
  belongs_to :org, Org
  has_many :posts, Post
  name :: String
end

pub type Shape do
  Circle(radius :: Float)
  Rect(Float, Float)
  Dot
end deriving(Eq, Debug)

type Handler<S> = Fun(S, String) -> S!String
type Color do Red; Green; Blue end
