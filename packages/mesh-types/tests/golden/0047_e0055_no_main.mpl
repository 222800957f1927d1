# E0055 no main
fn helper() -> Int = 1
