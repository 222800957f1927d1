# E0103 the message type of `main` is only partly inferred
fn main() do
  receive do
    Some(x) -> println("got something")
    None -> println("nothing")
  end
end
