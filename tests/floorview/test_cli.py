import builtins

import pytest

from floorview.cli import build_parser, main


def test_options_before_the_subcommand_count(monkeypatch):
    monkeypatch.setenv("FLOORVIEW_SERVER", "http://env:1")
    p = build_parser()
    args = p.parse_args(["--server", "http://a", "--branch", "B", "watch", "--jsonl"])
    assert (args.server, args.branch, args.command, args.jsonl) == ("http://a", "B", "watch", True)
    args = p.parse_args(["watch", "--email", "e@x", "--ca-bundle", "/ca.pem"])
    assert (args.server, args.email, args.ca_bundle) == ("http://env:1", "e@x", "/ca.pem")


def test_no_token_option_on_the_command_line():
    with pytest.raises(SystemExit):
        build_parser().parse_args(["watch", "--token", "abc"])


def test_a_missing_ui_module_is_a_clear_error(monkeypatch, capsys):
    real_import = builtins.__import__

    def no_ui(name, *args, **kwargs):
        if name in ("floorview.app", "floorview.commands.snapshot"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ui)
    assert main([]) == 1
    assert "the app is not available" in capsys.readouterr().err
    assert main(["snapshot"]) == 1
    assert "snapshot is not available" in capsys.readouterr().err


def test_the_kiosk_units_command_line_parses():
    # packaging/linux/floorview-kiosk.service
    args = build_parser().parse_args(
        ["--kiosk", "--server", "https://r.example", "--email", "host@r.example", "--branch", "Main"])
    assert args.kiosk and args.command is None and args.branch == "Main"


def test_the_snapshot_subcommand_takes_the_ui_modules_options(monkeypatch):
    import sys
    import types

    fake = types.ModuleType("floorview.commands.snapshot")
    fake.add_arguments = lambda parser: parser.add_argument("--out")
    monkeypatch.setitem(sys.modules, "floorview.ui", types.ModuleType("floorview.ui"))
    monkeypatch.setitem(sys.modules, "floorview.commands.snapshot", fake)
    args = build_parser().parse_args(["snapshot", "--server", "http://s", "--out", "f.png"])
    assert (args.command, args.server, args.out) == ("snapshot", "http://s", "f.png")


def test_lang_chooses_the_commands_language_but_never_their_json(monkeypatch):
    from floorview import cli
    from floorview.commands import seat, watch

    chosen = []
    monkeypatch.setattr(cli, "use_language", chosen.append)
    monkeypatch.setattr(watch, "main", lambda args: 0)
    monkeypatch.setattr(seat, "main", lambda args: 0)
    assert main(["watch", "--server", "http://a", "--lang", "de"]) == 0
    assert main(["seat", "--server", "http://a", "--party", "2"]) == 0  # the system's
    assert main(["watch", "--server", "http://a", "--lang", "de", "--jsonl"]) == 0
    assert main(["seat", "--server", "http://a", "--party", "2", "--lang", "fr", "--json"]) == 0
    assert chosen == ["de", None]
    for command in (["report"], ["replay"], ["snapshot"], ["watch"], ["seat", "--party", "2"]):
        assert build_parser().parse_args([*command, "--lang", "es"]).lang == "es"


def test_without_qt_the_words_stay_english(monkeypatch):
    from floorview import cli
    from floorview.core import words

    real_import = builtins.__import__

    def no_qt(name, *args, **kwargs):
        if name.startswith(("PySide6", "floorview.ui")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_qt)
    cli.use_language("de")
    assert words.translate("Watch", "%n tables", None, 3) == "3 tables"
