"""The report's quotes: the figures and the rows a manager reads, for a known evening."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from floorview.commands.quote_section import quote_section
from floorview.core.evening import Evening, Segment
from floorview.core.journal import QuoteRow
from floorview.core.model import Branch

BRANCH = Branch("br-1", "Test Bistro", "Europe/London")


@pytest.fixture(autouse=True)
def _english_with_a_24_hour_clock(qapp):
    """English as the app writes it (its singulars: "1 quote ... its table"), times as
    en_GB writes them, whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def _at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2026, 11, 27, h, m, tzinfo=UTC)


def _evening(*seated: tuple[str, str]) -> Evening:
    segments = [Segment(tid, tid[-1], "occupied", _at(at), _at(at) + timedelta(minutes=60))
                for tid, at in seated]
    return Evening(BRANCH, {}, _at("17:00"), _at("23:00"), segments)


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).strip()


def test_the_figures_and_each_quote_early_or_late():
    quotes = [QuoteRow(_at("19:00"), "br-1", ("t-1",), ("1",), 4, _at("19:30")),
              QuoteRow(_at("19:05"), "br-1", ("t-2",), ("2",), 2, _at("20:10")),
              QuoteRow(_at("19:10"), "br-1", ("t-3", "t-4"), ("3", "4"), 8, _at("19:40"))]
    text = _text(quote_section(_evening(("t-1", "19:42"), ("t-2", "20:03")), quotes))
    assert "Quotes 3 2 seated" in text
    assert "Median 2 min late" in text  # of +12 and -7: 2.5, said to the minute
    assert "Worst early 7 min" in text and "Worst late 12 min" in text
    assert "Within 5 min 0%" in text
    assert "19:00 4 1 19:30 19:42 12 min late" in text
    assert "19:05 2 2 20:10 20:03 7 min early" in text
    assert "19:10 8 3 + 4 19:40 – –" in text
    assert "1 quote never saw its table seated again" in text


def test_no_quotes_says_so():
    assert "No quote was given" in _text(quote_section(_evening(), []))
