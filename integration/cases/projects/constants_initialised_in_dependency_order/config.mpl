let NAME = announce("config")

fn announce(s :: String) -> String do
  println("init ${s}")
  s
end

pub fn name() -> String = NAME
