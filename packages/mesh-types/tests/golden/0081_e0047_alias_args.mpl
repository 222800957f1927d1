# E0047 alias and struct applied to the wrong number of type arguments
type Pairs<K> = List<(K, Int)>

struct Box<T> do
  item :: T
end

fn f(p :: Pairs, b :: Box<Int, Int>) -> Int = 1

fn main() do
  println("x")
end
