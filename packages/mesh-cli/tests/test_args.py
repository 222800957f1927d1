"""Command-line grammar: options, defaults, `--` handling, usage errors."""

from __future__ import annotations

import pytest

from mesh_cli import args, settings
from mesh_cli.args import UsageError, parse
from mesh_cli.main import main
from mesh_cli.options import build_options


def test_build_defaults():
    ns = parse(["build"])
    assert ns.command == "build" and ns.path == "." and ns.output is None
    assert ns.format == "human" and not ns.no_color
    assert build_options(ns, settings.BUILD_DEFAULT_OPT_LEVEL).opt_level == 0


def test_run_defaults_to_opt_level_2():
    ns = parse(["run", "app.mpl"])
    assert build_options(ns, settings.RUN_DEFAULT_OPT_LEVEL).opt_level == 2


@pytest.mark.parametrize("flags, level, debug", [
    (["--release"], 2, False),
    (["--debug"], 0, True),
    (["--opt-level", "3"], 3, False),
    (["--opt-level", "1"], 1, False),
])
def test_opt_level_flags(flags, level, debug):
    opts = build_options(parse(["build", "x.mpl", *flags]), 0)
    assert (opts.opt_level, opts.debug) == (level, debug)


def test_release_and_debug_are_exclusive():
    with pytest.raises(UsageError):
        parse(["build", "--release", "--debug"])


def test_bad_opt_level_is_a_usage_error():
    with pytest.raises(UsageError):
        parse(["build", "--opt-level", "7"])


@pytest.mark.parametrize("flag", [["--json"], ["--format", "json"]])
def test_json_spellings(flag):
    assert parse(["check", "p", *flag]).format == "json"
    assert parse(["build", "p", *flag]).format == "json"


def test_build_options_all():
    ns = parse(["build", "proj", "-o", "out/app", "--emit-llvm", "--timings", "--no-color"])
    assert (ns.path, ns.output, ns.emit_llvm, ns.timings, ns.no_color) == \
        ("proj", "out/app", True, True, True)


def test_run_program_args_after_double_dash():
    ns = parse(["run", "app.mpl", "--release", "--", "--release", "x", "--"])
    assert ns.path == "app.mpl" and ns.release
    assert ns.program_args == ["--release", "x", "--"]


def test_double_dash_only_for_run():
    with pytest.raises(UsageError):
        parse(["build", "x.mpl", "--", "a"])


def test_init_is_an_alias_of_new():
    assert parse(["init", "demo"]).command == "new"


def test_usage_error_exits_1(capsys):
    assert main(["build", "--frobnicate"]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "--frobnicate" in err


def test_no_command_exits_1_with_help(capsys):
    assert main([]) == 1
    assert "build" in capsys.readouterr().err


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "mesh 0.1.0"


@pytest.mark.parametrize("command", ["new", "init", "build", "run", "check", *args.NOT_IMPLEMENTED])
def test_help_on_every_subcommand(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: mesh")


def test_top_level_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ["new", "build", "run", "check", *args.NOT_IMPLEMENTED]:
        assert command in out


def test_repl_help_says_interactive(capsys):
    assert main(["repl", "--help"]) == 0
    assert "interactive" in capsys.readouterr().out.lower()


@pytest.mark.parametrize("argv", [["test"], ["fmt", "--check", "x.mpl"], ["lsp"], ["repl"],
                                  ["deps"], ["migrate", ".", "up"]])
def test_unimplemented_commands_say_so(argv, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "not implemented yet" in err
    assert f"mesh {argv[0]}" in err


def test_target_host_is_accepted_others_refused(tmp_path, monkeypatch, capsys):
    from mesh_cli.target import check_target, host_triple

    check_target(None)
    check_target(host_triple())
    check_target(host_triple().replace("-unknown-", "-"))
    monkeypatch.chdir(tmp_path)
    assert main(["build", "x.mpl", "--target", "wasm32-unknown-unknown"]) == 1
    err = capsys.readouterr().err
    assert "wasm32-unknown-unknown" in err and "only the host target" in err
