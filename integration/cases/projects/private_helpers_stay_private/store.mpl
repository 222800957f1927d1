fn helper() -> String = "store helper"

pub fn get_label() -> String = helper()
