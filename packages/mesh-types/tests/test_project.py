from pathlib import Path

import pytest
from mesh_types.project import ProjectError, discover, module_name


def test_module_names():
    assert module_name(Path("billing/ledger.mpl")) == "Billing.Ledger"
    assert module_name(Path("src/auth/session_store.mpl")) == "Src.Auth.SessionStore"


def test_discover_directory(tmp_path):
    (tmp_path / "main.mpl").write_text("fn main() do end\n")
    (tmp_path / "billing").mkdir()
    (tmp_path / "billing" / "ledger.mpl").write_text("pub fn x() = 1\n")
    (tmp_path / "util.mpl").write_text("")
    (tmp_path / "util.test.mpl").write_text("")
    (tmp_path / ".mesh").mkdir()
    (tmp_path / ".mesh" / "cache.mpl").write_text("")
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "m1.mpl").write_text("")
    files = discover(tmp_path)
    assert [f.module for f in files] == ["Main", "Billing.Ledger", "Util"]
    assert files[1].path == str(tmp_path / "billing" / "ledger.mpl")


def test_single_file(tmp_path):
    f = tmp_path / "app.mpl"
    f.write_text("fn main() do end\n")
    [src] = discover(f)
    assert src.module == "Main" and src.text.startswith("fn main")


def test_missing_main(tmp_path):
    with pytest.raises(ProjectError) as info:
        discover(tmp_path)
    d = info.value.diagnostic
    assert d.code == "C0001" and "No 'main.mpl' found in" in d.message
