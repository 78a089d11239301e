"""``floorview watch`` keeps the journal: live changes, states, and what changed while away."""

from __future__ import annotations

import os
import re
import signal
import time

from floorview.commands import report
from floorview.core import journal
from floorview.core.evening import read_evening
from floorview.core.replay import Replay
from server_stub.repo import Repository
from server_stub.testing import StubServer
from tests.floorview.commands.test_watch import Watcher, host_branch
from tests.floorview.stubs import HOST, UNLIMITED, WAIT, pause_simulator, server_tables


def test_watch_journals_a_service_across_a_restart_with_changes_made_while_away(tmp_path, qapp):
    # ten minutes of service a second: parties are seated and leave within the test
    srv = StubServer(db_path=tmp_path / "stub.db", simulate=20, simulate_speed=600,
                     **UNLIMITED).start()
    path = tmp_path / "evening.journal"
    try:
        branch = host_branch(srv)
        env = {**os.environ, "FLOORVIEW_PASSWORD": "demo"}
        env.pop("FLOORVIEW_TOKEN", None)
        w = Watcher("--server", srv.url, "--email", HOST, "--branch", branch.id, "--jsonl",
                    "--journal", str(path), env=env)
        try:
            w.wait_for(lambda: "live" in w.states(), "live")
            before = len(w.lines)
            w.wait_for(lambda: len(w.lines) > before + 3, "events from the simulator")
            srv.stop()
            w.wait_for(lambda: "reconnecting" in w.states(), "reconnecting")
            repo = Repository(tmp_path / "stub.db")  # a change made while the screen is away
            try:
                with repo.transaction():
                    away = repo.list_tables(branch.id)[0]
                    repo.save_table({**away, "status": "out_of_service", "guestCount": None,
                                     "version": away["version"] + 1000})
            finally:
                repo.close()
            srv.start()
            w.wait_for(lambda: w.states().count("live") >= 2, "live again")
            # At least one party seated by the end (the reconnect takes a fraction of a
            # second: a loaded machine may see no seating within it otherwise).
            w.wait_for(lambda: any(x["type"] == "change" and (x["table"] or {}).get("status")
                                   == "occupied" for x in w.lines), "a party seated")
            pause_simulator(srv)
            time.sleep(1.0)  # the last events arrive; the confirming snapshot lands
            final = server_tables(srv, branch.id)
            w.proc.send_signal(signal.SIGINT)
            assert w.proc.wait(WAIT) == 0, w.proc.stderr.read()
        finally:
            if w.proc.poll() is None:
                w.proc.kill()
    finally:
        srv.stop()

    entries = journal.read(path)
    kinds = [e.kind for e in entries]
    assert kinds[0] == "reference" and "live" in kinds
    states = [e.detail["state"] for e in entries if e.kind == "state"]
    assert states[:3] == ["connecting", "syncing", "live"] and "reconnecting" in states
    snapshots = [e for e in entries if e.kind == "snapshot"]
    assert snapshots[0].detail["resync"] is False and snapshots[-1].detail["resync"] is True
    offline = [c for e in snapshots for c in e.changes if c.table_id == away["id"]]
    assert offline and offline[-1].offline and offline[-1].status[1] == "out_of_service"
    # every change the watch printed live is in the journal, by table and version
    printed = {(x["id"], x["version"]) for x in w.lines if x["type"] == "change" and not x["resync"]}
    kept = {(c.table_id, c.version) for e in entries if e.kind == "live" for c in e.changes}
    assert printed and printed == kept

    # it replays: at its end the replayed floor is the server's, and at each state's moment
    # the floor is what the journal held then
    replay = Replay(entries)
    replay.seek(replay.end)
    assert sorted((t.to_json() for t in replay.store.tables.values()), key=lambda t: t["id"]) == final
    # and it reports: every party seated, live or while away, is counted
    seated = sum(1 for e in entries if e.kind in ("live", "snapshot") for c in e.changes
                 if c.status[1] == "occupied" and c.status[0] != "occupied")
    evening = read_evening(entries)
    assert seated > 0 and len(evening.seatings) == seated
    page = re.sub(r"<[^>]+>", " ", report.build_page(evening))
    assert branch.name in page and re.search(rf"Covers\s+\d+\s+{seated} {'party' if seated == 1 else 'parties'}\b", page)


def test_two_watches_on_one_journal_store_each_change_once(tmp_path):
    """Two screens on one journal stored every change twice (362 rows, 181 distinct). The
    second says so on stderr and records nothing; when the first stops, it takes over."""
    srv = StubServer(db_path=tmp_path / "stub.db", simulate=20, simulate_speed=600,
                     **UNLIMITED).start()
    path = tmp_path / "evening.journal"

    def live_changes() -> list[tuple[str, int]]:
        return [(c.table_id, c.version) for e in journal.read(path) if e.kind == "live"
                for c in e.changes]

    try:
        branch = host_branch(srv)
        env = {**os.environ, "FLOORVIEW_PASSWORD": "demo"}
        env.pop("FLOORVIEW_TOKEN", None)
        argv = ("--server", srv.url, "--email", HOST, "--branch", branch.id, "--jsonl",
                "--journal", str(path))
        first = Watcher(*argv, env=env)
        second = None
        try:
            first.wait_for(lambda: "live" in first.states(), "live")
            second = Watcher(*argv, env=env)
            second.wait_for(lambda: "live" in second.states(), "live")
            before = len(second.lines)
            second.wait_for(lambda: len(second.lines) > before + 10, "events in both")
            first.proc.send_signal(signal.SIGINT)
            assert first.proc.wait(WAIT) == 0
            kept_by_first = len(live_changes())
            # the second one tries its lock again within 1, 2, 4 … 30 s
            end = time.monotonic() + 2 * WAIT + 30
            while len(live_changes()) <= kept_by_first and time.monotonic() < end:
                time.sleep(0.2)
            pause_simulator(srv)
            time.sleep(1.0)
            second.proc.send_signal(signal.SIGINT)
            assert second.proc.wait(WAIT) == 0
        finally:
            for w in (first, second):
                if w is not None and w.proc.poll() is None:
                    w.proc.kill()
    finally:
        srv.stop()

    errors = second.stderr_text()
    assert ("journal off: another floorview is recording this branch's journal: this one "
            "records nothing") in errors
    assert "journal recording again" in errors
    assert "journal" not in first.stderr_text()
    kept = live_changes()
    assert len(kept) > kept_by_first > 0 and len(kept) == len(set(kept))  # nothing twice
    printed = {(x["id"], x["version"]) for x in first.lines
               if x["type"] == "change" and not x["resync"]}
    assert printed <= set(kept)  # everything the first one saw
    snapshots = [e for e in journal.read(path) if e.kind == "snapshot"]
    assert snapshots[-1].detail["resync"] is True  # the second took over from the floor as it was
