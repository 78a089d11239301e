"""The sample evening: a journal of one Friday service at Harbour Street, made on demand.

``replay --demo`` and ``report --demo`` use it, so both work out of the box. It is not
shipped as a file: it is recorded at first use, in a second or two, by running the
bundled stub's simulator on its own clock (no server, no sockets: the stub's service
emits into a :class:`~floorview.core.store.BranchStore`, and the same
:class:`~floorview.core.recorder.JournalRecorder` the app uses keeps what the store
applies). The same code gives the same journal, byte for byte in its content, and it is
kept in the platform's cache folder.

The evening: doors at 17:00, every table set and free; guests arrive as a Friday's do
(a peak from 19:00 to 20:30), parties stay 45–120 minutes, tables are cleaned and reset;
at 20:40 the screen loses its connection for four minutes, so the journal also holds
changes revealed by a resync; the journal ends at 23:45. Every :data:`DOOR_MINUTES`
through the evening a party is at the door (their sizes in turn from
:data:`DOOR_PARTIES`) and the host asks where they sit
(:func:`floorview.core.seating.rank`, with the turns seen so far); when nothing seats
them now, the quote it gives is kept, as the app keeps it (:class:`QuoteBook`), so the
report has quotes to measure.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from floorview.core.live import ConnectionStatus, ConnState
from floorview.core.model import Branch, FloorPlan, Table, TableSection, User
from floorview.core.quotes import QuoteBook
from floorview.core.recorder import JournalRecorder
from floorview.core.seating import rank
from floorview.core.store import BranchStore
from floorview.core.turns import TurnBook

VERSION = 3  # change it when the evening changes, so cached copies are made again
BRANCH = "Harbour Street"
ZONE = ZoneInfo("Europe/London")
OPENS = datetime(2026, 11, 27, 17, 0, tzinfo=ZONE)
CLOSES = datetime(2026, 11, 27, 23, 45, tzinfo=ZONE)
OFFLINE = (datetime(2026, 11, 27, 20, 40, tzinfo=ZONE), timedelta(minutes=4))
SEED = 7
#: A party at the door this often (minutes), from the doors opening; their sizes in turn.
DOOR_MINUTES = 3
DOOR_PARTIES = (2, 6, 4, 5, 3, 6, 2, 5)


def sample_path() -> Path:
    """The sample evening's journal, recorded first if it is not in the cache yet."""
    import platformdirs

    path = Path(platformdirs.user_cache_dir("floorview", appauthor=False)) / f"sample-evening-v{VERSION}.journal"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        for p in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            p.unlink(missing_ok=True)
        record(tmp)
        tmp.replace(path)
    return path


def record(path: Path, *, seed: int = SEED, opens: datetime = OPENS,
           closes: datetime = CLOSES) -> Path:
    """Record the sample evening into a new journal at ``path``."""
    asyncio.run(_record(path, seed, opens, closes))
    return path


async def _record(path: Path, seed: int, opens: datetime, closes: datetime) -> None:
    from server_stub import demo
    from server_stub.auth import Tokens
    from server_stub.repo import Repository
    from server_stub.service import Service, iso
    from server_stub.simulator import SimClock, Simulator

    clock = SimClock(opens, real=lambda: opens)  # a clock that moves only when stepped
    repo = Repository(None)
    events: list[tuple[str, dict, str]] = []

    async def emit(event: str, payload: dict, branch_id: str) -> None:
        events.append((event, payload, branch_id))

    try:
        with repo.transaction():
            demo.seed_demo(repo, seed, opens)
            sections = {s["id"]: s for b in repo.list_branches() for s in repo.list_sections(b["id"])}
            for t in repo.list_tables():  # doors open: every table set, with its section's server
                home = sections.get(t["sectionId"] or "", {}).get("serverId")
                repo.save_table({**t, "status": "available", "guestCount": None,
                                 "serverId": home or t["serverId"],
                                 "statusChangedAt": iso(opens), "updatedAt": iso(opens)})
        service = Service(repo, Tokens("sample-evening", 3600), emit, clock=clock)
        simulator = Simulator(service, rate=1000, seed=seed, clock=clock)
        branch_json = repo.find_branch_by_name(BRANCH)
        assert branch_json is not None  # the demo data's branch, seeded above
        bid = branch_json["id"]
        store = BranchStore(bid)
        store.set_reference(
            branch=Branch.from_json(branch_json),
            floor_plans=[FloorPlan.from_json(x) for x in repo.list_floor_plans(bid)],
            sections=[TableSection.from_json(x) for x in repo.list_sections(bid)],
            users=[User.from_json(x) for x in repo.list_users(bid)])
        recorder = JournalRecorder(store, path=path, clock=clock).attach()
        book = TurnBook(store, clock=clock)
        door = _Door(store, book, QuoteBook(bid, zone=ZONE, path=path), opens)
        try:
            for state in (ConnState.CONNECTING, ConnState.SYNCING):
                recorder.status(ConnectionStatus(state, clock()))
            store.begin_sync()
            store.apply_snapshot([Table.from_json(t) for t in repo.list_tables(bid)])
            recorder.status(ConnectionStatus(ConnState.LIVE, clock(), as_of=clock()))
            lost, gap = OFFLINE
            offline = False
            while clock() < closes:
                if await simulator.step() is None:
                    break
                now = clock()
                if not offline and lost <= now < lost + gap:
                    offline = True
                    recorder.status(ConnectionStatus(ConnState.RECONNECTING, lost, as_of=lost))
                if offline and now >= lost + gap:
                    offline = False
                    back = lost + gap
                    recorder.status(ConnectionStatus(ConnState.SYNCING, back, as_of=lost))
                    store.begin_sync()
                    store.apply_snapshot([Table.from_json(t) for t in repo.list_tables(bid)])
                    recorder.status(ConnectionStatus(ConnState.LIVE, back, as_of=back))
                    events.clear()
                    continue
                for event, payload, branch_id in events:
                    if branch_id == bid and not offline:
                        store.apply_event(event, payload)
                events.clear()
                if not offline:
                    recorder.flush()
                    door.ask(now)
        finally:
            book.detach()
            recorder.close()
    finally:
        repo.close()


class _Door:
    """The parties at the door, every DOOR_MINUTES: each asks, and a quote is kept."""

    def __init__(self, store: BranchStore, book: TurnBook, quotes: QuoteBook,
                 opens: datetime) -> None:
        self.store, self.book, self.quotes = store, book, quotes
        self.next = opens + timedelta(minutes=DOOR_MINUTES)
        self.asked = 0
        self.kept = 0

    def ask(self, now: datetime) -> None:
        while now >= self.next:
            party = DOOR_PARTIES[self.asked % len(DOOR_PARTIES)]
            self.asked += 1
            self.next += timedelta(minutes=DOOR_MINUTES)
            options = rank(self.store.tables.values(), party, now=now,
                           sections=self.store.sections, estimates=self.book.estimates(),
                           history=self.book.history, zone=ZONE)
            if self.quotes.record(options, now=now, party=party) is not None:
                self.kept += 1
