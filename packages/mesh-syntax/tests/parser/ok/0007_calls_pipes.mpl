fn shipping(order) do
  let base = order.weight * 2 +
    order.distance / 10
  order.items
    # only physical goods travel
    |> List.filter(fn i -> i.physical end)
    |> List.length()
    |> fn n -> base + n end
  let label = 42.to_string().length()
  let r = Report.render(rows, title: "Q3", footer: "draft")
  let saved = record |2> Store.put(conn, retries: "3")
  (pick(k))(3)
  handlers.on_tick(now)
  Process.monitor(pid)
  Node.self()
end
