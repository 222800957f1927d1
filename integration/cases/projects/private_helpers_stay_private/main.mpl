import Store

fn helper() -> String = "main helper"

fn main() do
  println(Store.get_label() <> " / " <> helper())
end
