"""`mesh new NAME` (spec 15 §2.4)."""

from __future__ import annotations

from mesh_cli.commands.new import MAIN_TEMPLATE


def test_new_creates_project(mesh, tmp_path):
    r = mesh("new", "my_app")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Created project 'my_app'\n"
    manifest = (tmp_path / "my_app" / "mesh.toml").read_text()
    assert '[package]\nname = "my_app"\nversion = "0.1.0"\n' in manifest
    assert "[dependencies]" in manifest
    assert (tmp_path / "my_app" / "main.mpl").read_text() == MAIN_TEMPLATE
    assert 'println("Hello from Mesh!")' in MAIN_TEMPLATE


def test_new_refuses_existing(mesh, tmp_path):
    (tmp_path / "taken").mkdir()
    r = mesh("new", "taken")
    assert r.returncode == 1
    assert r.stderr.startswith("error: ") and "already exists" in r.stderr
    assert list((tmp_path / "taken").iterdir()) == []


def test_new_rejects_bad_name(mesh, tmp_path):
    r = mesh("new", "9lives")
    assert r.returncode == 1 and "invalid project name" in r.stderr
    assert not (tmp_path / "9lives").exists()


def test_init_alias(mesh, tmp_path):
    r = mesh("init", "other")
    assert r.returncode == 0 and (tmp_path / "other" / "main.mpl").is_file()
