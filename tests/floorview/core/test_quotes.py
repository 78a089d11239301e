"""Quotes kept in the journal and matched with the seatings that followed: a late quote
and an early one give their signed minutes; a schema-1 journal reads as having none and
is migrated when next written."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from floorview.core import journal
from floorview.core.evening import Segment
from floorview.core.journal import Journal, QuoteRow, read_quotes
from floorview.core.quotes import Accuracy, QuoteBook, outcomes, quote_of, signed
from floorview.core.seating import Option


def _at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2026, 11, 27, h, m, tzinfo=UTC)


def _option(tid: str, number: str, free_at: datetime | None, *, now: bool = False) -> Option:
    return Option((number,), (tid,), 6, now, free_at, None, "reason")


def _quote(tids: tuple[str, ...], quoted: str, free_at: str, party: int = 4) -> QuoteRow:
    return QuoteRow(_at(quoted), "br-1", tids, tids, party, _at(free_at))


def _seated(tid: str, at: str) -> Segment:
    return Segment(tid, tid, "occupied", _at(at), _at(at) + timedelta(minutes=70), guests=4)


def test_a_late_quote_and_an_early_one_give_their_signed_minutes():
    quotes = [_quote(("t-1",), "19:00", "19:30"),   # seated 19:42: 12 min late
              _quote(("t-2",), "19:05", "20:10"),   # seated 20:03: 7 min early
              _quote(("t-3",), "19:10", "19:40")]   # seated 19:43: 3 min late, close
    segments = [_seated("t-1", "18:10"),  # before the quote: not its seating
                _seated("t-1", "19:42"), _seated("t-1", "21:00"),
                _seated("t-2", "20:03"), _seated("t-3", "19:43")]
    results = outcomes(quotes, segments)
    assert [round(r.minutes or 0) for r in results] == [12, -7, 3]
    assert [signed(r.minutes or 0) for r in results] == ["12 min late", "7 min early", "3 min late"]
    acc = Accuracy.of(results)
    assert (acc.given, acc.seated) == (3, 3)
    assert acc.median == pytest.approx(3)
    assert acc.worst_early == pytest.approx(7) and acc.worst_late == pytest.approx(12)
    assert acc.close_share == pytest.approx(1 / 3)


def test_joined_tables_are_seated_when_the_first_of_them_is_and_an_unseated_quote_is_left_out():
    quotes = [_quote(("t-4", "t-5"), "19:00", "19:30", party=8), _quote(("t-6",), "19:00", "19:30")]
    results = outcomes(quotes, [_seated("t-5", "19:36"), _seated("t-4", "19:50")])
    assert results[0].table_id == "t-5" and round(results[0].minutes or 0) == 6
    assert results[1].seated is None and results[1].minutes is None
    acc = Accuracy.of(results)
    assert (acc.given, acc.seated, acc.worst_early) == (2, 1, None)
    assert Accuracy.of([]).median is None and signed(0.2) == "on time"


def test_the_quote_is_the_best_option_with_a_time():
    free = _option("t-1", "1", None, now=True)
    untimed = _option("t-2", "2", None)
    timed = _option("t-3", "3", _at("19:30"))
    assert quote_of([free]) is None
    assert quote_of([untimed, timed, _option("t-4", "4", _at("19:20"))]) is timed
    assert quote_of([free, timed]) is None  # a table free now: the party sits, no quote


def test_the_book_keeps_a_quote_in_the_day_s_journal_private_once(tmp_path):
    book = QuoteBook("br-1", folder=tmp_path)
    now = _at("19:00")
    options = [_option("t-3", "3", _at("19:30")), _option("t-4", "4", _at("19:45"))]
    kept = book.record(options, now=now, party=5)
    assert kept is not None
    path = journal.day_file(tmp_path, "br-1", journal.service_day(now, None))
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_quotes(path) == [QuoteRow(now, "br-1", ("t-3",), ("3",), 5, _at("19:30"))]
    # the Seat panel shown again a minute later: the same quote, not a second one
    assert book.record(options, now=now + timedelta(minutes=1), party=5) is None
    # another party, or the same one asking again later, is
    assert book.record(options, now=now + timedelta(minutes=1), party=6) is not None
    assert book.record(options, now=now + timedelta(minutes=3), party=6) is not None
    assert len(read_quotes(path)) == 3
    # a time already past is quoted as now; options with none keep nothing
    late = book.record([_option("t-9", "9", _at("18:40"))], now=_at("19:10"), party=2)
    assert late is not None and late.free_at == _at("19:10")
    assert book.record([_option("t-1", "1", None, now=True)], now=now, party=2) is None


def test_a_journal_of_schema_1_has_no_quotes_and_is_migrated_when_written(tmp_path):
    path = tmp_path / "old.journal"
    with Journal(path) as j:
        j.append(_at("18:00"), "state", {"state": "live"})
    con = sqlite3.connect(path)  # as floorview wrote it before quotes
    con.execute("DROP TABLE quotes")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    con.commit()
    con.close()
    assert read_quotes(path) == []
    assert [e.kind for e in journal.read(path)] == ["state"]
    QuoteBook("br-1", path=path).record([_option("t-3", "3", _at("19:30"))], now=_at("19:00"))
    with Journal(path, readonly=True) as j:
        assert j.meta("schema") == "2"
        assert [q.table_ids for q in j.quotes()] == [("t-3",)]
    assert [e.kind for e in journal.read(path)] == ["state"]


def test_a_journal_of_a_newer_schema_is_refused_and_no_quote_is_kept(tmp_path, caplog):
    path = tmp_path / "new.journal"
    with Journal(path) as j:
        j.set_meta("schema", "3")
    with pytest.raises(journal.JournalError, match="newer floorview"):
        Journal(path)
    assert QuoteBook("br-1", path=path).record([_option("t-3", "3", _at("19:30"))],
                                               now=_at("19:00")) is None
    assert "could not keep a quote" in caplog.text


def test_the_book_the_journal_options_name(tmp_path):
    assert QuoteBook.at("br-1", no_journal=True) is None
    in_file = QuoteBook.at("br-1", journal_option=str(tmp_path / "one.journal"))
    assert in_file is not None and in_file.file_for(_at("19:00")) == tmp_path / "one.journal"
    in_folder = QuoteBook.at("br-1", journal_option=str(tmp_path))
    assert in_folder is not None
    assert in_folder.file_for(_at("19:00")) == tmp_path / "br-1" / "2026-11-27.journal"
    # after midnight, still the evening's file (a service day ends at 05:00)
    assert in_folder.file_for(_at("19:00") + timedelta(hours=7)) == tmp_path / "br-1" / "2026-11-27.journal"
    default = QuoteBook.at("br-1")
    assert default is not None
    assert default.file_for(_at("19:00")).parent == journal.default_folder() / "br-1"
