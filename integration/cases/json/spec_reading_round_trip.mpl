struct Reading do
  sensor :: String
  celsius :: Float
  note :: Option<String>
end deriving(Json)

fn main() do
  let r = Reading { sensor: "roof", celsius: 19.5, note: None }
  println(Json.encode(r))
  case Reading.from_json("{\"sensor\":\"cellar\",\"celsius\":11}") do
    Ok(x) -> println(x.sensor)
    Err(e) -> println(e)
  end
end
