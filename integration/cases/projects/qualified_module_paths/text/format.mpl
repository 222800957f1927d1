pub fn banner(s :: String) -> String = "== " <> String.upper(s) <> " =="
