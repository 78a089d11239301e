"""``floorview report``: a known evening's figures on the page, the sample evening out of the box."""

from __future__ import annotations

import base64
import io
import re
from datetime import UTC, datetime, timedelta

import pytest

from floorview.cli import build_parser
from floorview.cli import main as cli_main
from floorview.commands import report, sample
from floorview.core import journal
from floorview.core.evening import read_evening
from floorview.core.model import Branch, FloorPlan, Table, User
from floorview.core.recorder import JournalRecorder
from floorview.core.store import BranchStore, diff
from tests.floorview.factories import table_json


@pytest.fixture(autouse=True)
def _english_with_a_24_hour_clock():
    """The page in English as written, its dates and times as en_GB writes them, whatever
    the machine's locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)

T0 = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)  # London is on UTC in November


def _at(minutes: float) -> str:
    return journal.format_time(T0 + timedelta(minutes=minutes))


def known_evening(path):
    """Two tables, four parties, made by hand: the figures are known."""
    clock = type("C", (), {"now": T0, "__call__": lambda self: self.now})()
    store = BranchStore("br-1")
    store.set_reference(branch=Branch("br-1", "Test Bistro", "Europe/London"),
                        floor_plans=[FloorPlan("fp-1", "br-1", "Room", 600, 400, 0)],
                        users=[User.from_json({"id": "u-ana", "name": "Ana Costa", "email": "",
                                               "role": "server", "branchIds": ["br-1"], "color": "#E4572E"})])
    rec = JournalRecorder(store, path=path, clock=clock).attach()
    store.apply_snapshot([Table.from_json(table_json("t-1", number="1", serverId="u-ana",
                                                     statusChangedAt=_at(0))),
                          Table.from_json(table_json("t-2", number="2", x=400, serverId="u-ana",
                                                     statusChangedAt=_at(0)))])
    version = {"t-1": 1, "t-2": 1}

    def change(tid, minute, status, guests=None):
        version[tid] += 1
        clock.now = T0 + timedelta(minutes=minute)
        store.apply_event("tableStatusUpdate", table_json(
            tid, version[tid], number=tid[-1], x=120 if tid == "t-1" else 400, serverId="u-ana",
            status=status, guestCount=guests, statusChangedAt=_at(minute), updatedAt=_at(minute)))

    # table 1: a two at 18:10 for 60 min, a four at 19:20 for 100 min (over time)
    # table 2: held for a booking 18:30-18:55, a three for 80 min; a one at 20:30 for 50
    plan = [
        ("t-1", 10, "occupied", 2),
        ("t-1", 70, "cleaning"),
        ("t-1", 75, "available"),
        ("t-1", 80, "occupied", 4),
        ("t-1", 180, "cleaning"),
        ("t-1", 184, "available"),
        ("t-2", 30, "reserved", 3),
        ("t-2", 55, "occupied", 3),
        ("t-2", 135, "cleaning"),
        ("t-2", 140, "available"),
        ("t-2", 150, "occupied", 1),
        ("t-2", 200, "cleaning"),
        ("t-2", 206, "available"),
    ]
    for step in sorted(plan, key=lambda s: s[1]):  # as the screen saw them: in time order
        change(*step)
    rec.close()
    return path


def watch_style_journal(path):
    """An evening as ``watch`` wrote it: its first reference before the floor plans had
    loaded (``"floorPlans": []``), the whole one three entries later; the Patio closed at
    20:00 (its table removed, and the plan gone from the last reference)."""
    branch = {"id": "br-1", "name": "Test Bistro", "timezone": "Europe/London"}
    room = {"id": "fp-1", "branchId": "br-1", "name": "Room", "width": 600, "height": 400,
            "sortOrder": 0}
    patio = {**room, "id": "fp-2", "name": "Patio", "sortOrder": 1}

    def ref(*plans):
        return {"branch": branch, "floorPlans": list(plans), "sections": [], "users": []}

    def state(name):
        return {"state": name, "since": _at(0), "asOf": None, "message": "", "attempt": 0}

    before = {"t-1": Table.from_json(table_json("t-1", number="1", statusChangedAt=_at(0))),
              "t-2": Table.from_json(table_json("t-2", number="2", floorPlanId="fp-2",
                                                statusChangedAt=_at(0)))}
    with journal.Journal(path) as j:
        ms = timedelta(milliseconds=1)  # the plans loaded a moment after the first entry
        j.append(T0, "reference", ref())
        j.append(T0 + 100 * ms, "state", state("connecting"))
        j.append(T0 + 200 * ms, "state", state("syncing"))
        j.append(T0 + 300 * ms, "reference", ref(room, patio))
        j.append(T0 + 400 * ms, "snapshot", {"resync": False,
                                             "tables": [t.to_json() for t in before.values()]})
        for minute, tid, status, guests in [(10, "t-1", "occupied", 2), (20, "t-2", "occupied", 4),
                                            (70, "t-1", "available", None),
                                            (100, "t-2", "available", None)]:
            old = before[tid]
            new = Table.from_json({**old.to_json(), "version": old.version + 1, "status": status,
                                   "guestCount": guests, "statusChangedAt": _at(minute),
                                   "updatedAt": _at(minute)})
            before[tid] = new
            j.append(T0 + timedelta(minutes=minute), "live", None, [diff(old, new)])
        j.append(T0 + timedelta(minutes=120), "live", None, [diff(before["t-2"], None)])
        j.append(T0 + timedelta(minutes=120), "reference", ref(room))
        j.append(T0 + timedelta(minutes=150), "state", state("live"))
    return path


def test_the_heat_map_shows_every_floor_plan_the_evening_had(tmp_path, qapp):
    page = tmp_path / "page.html"
    out = io.StringIO()
    args = build_parser().parse_args(["report", str(watch_style_journal(tmp_path / "w.journal")),
                                      "--out", str(page)])
    assert report.main(args, out=out) == 0
    captions = re.findall(r"<figcaption>([^<]+)</figcaption>", page.read_text())
    assert captions == ["Room", "Patio"]  # the Patio closed at 20:00, but it was used


def test_a_known_evening_s_figures(tmp_path):
    evening = read_evening(journal.read(known_evening(tmp_path / "known.journal")))
    assert [round(t.minutes) for t in evening.turns] == [60, 80, 100, 50]
    assert evening.covers_by_hour() == {18: 5, 19: 4, 20: 1, 21: 0}
    share = evening.occupied_share()  # the evening runs 18:00-21:26 (206 minutes)
    assert share["t-1"] == pytest.approx(160 / 206)
    assert share["t-2"] == pytest.approx(130 / 206)


def test_the_page_says_what_a_manager_needs(tmp_path, qapp):
    evening = read_evening(journal.read(known_evening(tmp_path / "known.journal")))
    page = report.build_page(evening, over=90, source="known.journal")
    text = re.sub(r"<[^>]+>", " ", page)
    text = re.sub(r"\s+", " ", text)
    assert "Test Bistro" in text and "Friday, 27 November 2026" in text
    assert "Covers 10 4 parties" in text
    assert "Median turn 1 h 10" in text  # the median of 50, 60, 80, 100
    assert "Over time 1 turns over 90 min" in text
    # over time: table 1's four, 19:20-21:00, 1 h 40
    assert re.search(r"Over time \(turns over 90 min\) .*? 1 19:20 21:00 1 h 40 4 Ana Costa", text)
    # the booking held 25 minutes before the party of three sat
    assert re.search(r"held for a booking .*? 2 18:30 18:55 25 min 3 Ana Costa", text)
    assert "Ana Costa 2 4 10" in text  # tables, parties, covers
    # self-contained: the floor plan inline, nothing fetched
    images = re.findall(r"src='data:image/png;base64,([^']+)'", page)
    assert len(images) == 1 and base64.b64decode(images[0])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "http://" not in page and "https://" not in page


def test_report_of_the_sample_evening_from_the_command_line(tmp_path, qapp, monkeypatch):
    out = tmp_path / "report.html"
    printed = io.StringIO()
    args = build_parser().parse_args(["report", "--demo", "--out", str(out)])
    assert report.main(args, out=printed) == 0
    page = out.read_text()
    assert "Harbour Street" in page and page.count("data:image/png;base64,") == 3
    assert re.match(r".*report\.html: Harbour Street, Friday, 27 November 2026, \d+ parties, "
                    r"\d+ covers; journal \d+ KiB, built in [\d.]+ s\n", printed.getvalue())
    # the quotes the host gave at the door, each against the seating that followed
    quotes = journal.read_quotes(sample.sample_path())
    assert len(quotes) >= 5
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page[page.index("<h2>Quotes</h2>"):]))
    assert f"Quotes {len(quotes)} " in text and "Within 5 min" in text
    assert "Worst late" in text and "Worst early" in text
    offs = re.findall(r"\d\d:\d\d \d \S+ \d\d:\d\d (?:\d\d:\d\d|–) "
                      r"(\d+ min late|\d+ min early|on time|–)", text)
    assert len(offs) == len(quotes)


def test_the_sample_evening_is_the_same_each_time(tmp_path):
    def story(path):
        return [(e.seen, e.kind, [(c.number, c.status, c.guests, c.server) for c in e.changes])
                for e in journal.read(sample.record(path))] + journal.read_quotes(path)

    first = story(tmp_path / "a.journal")
    assert first == story(tmp_path / "b.journal")
    evening = read_evening(journal.read(tmp_path / "a.journal"))
    assert all(45 <= t.minutes <= 120 for t in evening.turns)
    assert evening.offline_changes > 0  # the connection lost at 20:40 for four minutes
    assert len(evening.turns) > 60


def test_bad_journals_are_usage_errors(tmp_path, capsys):
    assert cli_main(["report", str(tmp_path / "nothing.journal")]) == 2
    assert "no journal at" in capsys.readouterr().err
    bad = tmp_path / "bad.journal"
    bad.write_text("not a journal")
    assert cli_main(["report", str(bad)]) == 2
    assert "is not a floorview journal" in capsys.readouterr().err
    assert cli_main(["report"]) == 2
    assert "give a JOURNAL file, --date or --demo" in capsys.readouterr().err
    assert cli_main(["report", "--date", "2026-01-01"]) == 2
    assert "no journal for 2026-01-01" in capsys.readouterr().err


def test_date_picks_the_evening_from_the_default_journal(tmp_path, qapp, capsys):
    store = BranchStore("br-1")
    store.set_reference(branch=Branch("br-1", "Test Bistro", "Europe/London"),
                        floor_plans=[FloorPlan("fp-1", "br-1", "Room", 600, 400, 0)])
    recorder = JournalRecorder(store, clock=lambda: T0).attach()  # the default folder
    store.apply_snapshot([Table.from_json(table_json("t-1", statusChangedAt=_at(0)))])
    store.apply_event("tableStatusUpdate", table_json("t-1", 2, status="occupied", guestCount=2,
                                                      statusChangedAt=_at(0)))
    recorder.close()
    assert recorder.current_path is None
    out = tmp_path / "r.html"
    assert cli_main(["report", "--date", "2026-11-27", "--out", str(out)]) == 0
    assert "Test Bistro" in out.read_text()
    assert cli_main(["report", "--out", str(out)]) == 0  # the latest evening by default


def test_branch_picks_one_of_several_evenings_of_the_day_by_name_or_id(tmp_path, qapp, capsys):
    for branch_id, name in (("br-1", "Test Bistro"), ("br-2", "Second Bistro")):
        store = BranchStore(branch_id)
        store.set_reference(branch=Branch(branch_id, name, "Europe/London"),
                            floor_plans=[FloorPlan("fp-1", branch_id, "Room", 600, 400, 0)])
        recorder = JournalRecorder(store, clock=lambda: T0).attach()  # the default folder
        store.apply_snapshot([Table.from_json(table_json("t-1", statusChangedAt=_at(0)))])
        recorder.close()
    out = tmp_path / "r.html"
    assert cli_main(["report", "--date", "2026-11-27", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "journals of several branches" in err and "Second Bistro" in err
    for spec, name in ((" second bistro ", "Second Bistro"), ("br-1", "Test Bistro")):
        assert cli_main(["report", "--date", "2026-11-27", "--branch", spec, "--out", str(out)]) == 0
        assert name in out.read_text()
    assert cli_main(["report", "--date", "2026-11-27", "--branch", "Nowhere", "--out", str(out)]) == 2
    assert "no journal for 2026-11-27" in capsys.readouterr().err


def test_a_party_seated_while_the_first_snapshot_loaded_is_counted(tmp_path, qapp):
    # The event is newer than the snapshot (held while it loaded and applied after it), yet
    # the server's time of it falls seconds before the snapshot was written: still one of
    # the evening's parties, and the table already occupied in the snapshot is not.
    clock = type("C", (), {"now": T0, "__call__": lambda self: self.now})()
    store = BranchStore("br-1")
    store.set_reference(branch=Branch("br-1", "Test Bistro", "Europe/London"),
                        floor_plans=[FloorPlan("fp-1", "br-1", "Room", 600, 400, 0)], users=[])
    path = tmp_path / "busy-start.journal"
    rec = JournalRecorder(store, path=path, clock=clock).attach()
    clock.now = T0 + timedelta(minutes=5)
    store.apply_snapshot([
        Table.from_json(table_json("t-1", number="1", statusChangedAt=_at(0))),
        Table.from_json(table_json("t-2", number="2", x=400, status="occupied", guestCount=2,
                                   statusChangedAt=_at(1))),
    ])
    clock.now = T0 + timedelta(minutes=5, seconds=1)
    store.apply_event("tableStatusUpdate", table_json(
        "t-1", 2, number="1", status="occupied", guestCount=4,
        statusChangedAt=_at(5 - 3 / 60), updatedAt=_at(5 - 3 / 60)))
    rec.close()

    evening = read_evening(journal.read(path))
    assert [(s.number, s.covers) for s in evening.seatings] == [("1", 4)]
    assert evening.covers_by_hour() == {18: 4}
    page = re.sub(r"<[^>]+>", " ", report.build_page(evening))
    assert re.search(r"Covers\s+4\s+1 party\b", page)  # English as the app writes it: its singular


def test_in_german_the_page_reads_german_days_times_and_words(tmp_path, qapp):
    """With --lang de the page is German throughout: QLocale's German day, and the words
    from the translation (here a small one), never an English day beside German words."""
    from floorview.cli import use_language
    from floorview.ui import words_hook
    from tests.floorview.pseudo import small_qm

    small_qm(tmp_path, "de", {("Report", "Covers"): "Gedecke", ("Report", "%n parties"): "%n Gäste",
                              ("Report", "Busiest hour"): "Stärkste Stunde"})
    words_hook.FOLDERS, folders = (str(tmp_path),), words_hook.FOLDERS
    try:
        use_language("de")
        evening = read_evening(journal.read(known_evening(tmp_path / "known.journal")))
        page = report.build_page(evening, over=90, source="known.journal")
    finally:
        words_hook.FOLDERS = folders
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Freitag, 27. November 2026" in text and "Friday" not in text
    assert "Gedecke 10 4 Gäste" in text and "Stärkste Stunde 18:00" in text
    assert "<html lang=de" in page
