"""The command line: the app's parser and the floorview command's."""

from __future__ import annotations


def test_the_apps_parser_takes_the_connection_options_and_its_own():
    from floorview.app import build_parser

    args = build_parser().parse_args(["--server", "http://h:1", "--email", "a@b", "--branch",
                                      "Old Town", "--floor", "Patio", "--kiosk",
                                      "--theme", "dark", "--demo"])
    assert (args.server, args.email, args.branch, args.floor) == (
        "http://h:1", "a@b", "Old Town", "Patio")
    assert args.kiosk is True and args.theme == "dark" and args.demo is True
    assert build_parser().parse_args([]).kiosk is None  # as last time


def test_the_floorview_command_takes_kiosk():
    from floorview.cli import build_parser

    args = build_parser().parse_args(["--kiosk", "--demo"])
    assert args.kiosk is True and args.demo is True


def test_the_floorview_command_takes_a_theme():
    from floorview.cli import build_parser

    args = build_parser().parse_args(["--theme", "dark", "--no-kiosk"])
    assert args.theme == "dark" and args.kiosk is False
