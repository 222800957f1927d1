import Auth.SessionStore
from Http.RequestLog import record

fn main() do
  println(SessionStore.key("u1"))
  println(record("GET", "/"))
end
