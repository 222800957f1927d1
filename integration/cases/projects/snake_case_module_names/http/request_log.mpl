pub fn record(method :: String, path :: String) -> String = "${method} ${path}"
