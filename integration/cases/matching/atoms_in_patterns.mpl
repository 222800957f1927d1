fn status(a :: Atom) -> Int do
  case a do
    :ok -> 200
    :not_found -> 404
    _ -> 500
  end
end

fn main() do
  println("${status(:ok)} ${status(:not_found)} ${status(:boom)} ${:ok == :ok} ${:a < :b}")
  println("${:ok} ${:ok.inspect()} ${[:x, :y]}")
end
