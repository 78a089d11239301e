"""The command line as the app reads it: an option absent, unset or given."""

from __future__ import annotations

import argparse

import pytest

from floorview.app.arguments import build_parser, option


def test_an_option_given_is_its_value_and_an_unset_or_absent_one_the_default():
    args = build_parser().parse_args(["--branch", "Old Town", "--no-kiosk"])
    assert option(args, "branch") == "Old Town"
    assert option(args, "kiosk", True) is False  # given as false: not the default
    assert option(args, "floor", "Patio") == "Patio"  # unset (None)
    assert option(argparse.Namespace(), "reconcile", 7.0) == 7.0  # absent


def test_the_log_level_is_read_in_any_case_and_checked():
    assert build_parser().parse_args(["--log-level", "debug"]).log_level == "DEBUG"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--log-level", "chatty"])
