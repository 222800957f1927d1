from mesh_types.scc import strongly_connected


def test_callees_first_and_cycles_grouped():
    edges = {"main": ["even", "helper"], "even": ["odd"], "odd": ["even"], "helper": []}
    comps = strongly_connected(["main", "even", "odd", "helper"], edges)
    assert comps == [["even", "odd"], ["helper"], ["main"]]


def test_deep_chain_does_not_recurse():
    n = 5000
    nodes = [f"f{i}" for i in range(n)]
    edges = {f"f{i}": [f"f{i + 1}"] for i in range(n - 1)}
    comps = strongly_connected(nodes, edges)
    assert comps[0] == [f"f{n - 1}"] and comps[-1] == ["f0"]
