pub fn key(user :: String) -> String = "session:" <> user
