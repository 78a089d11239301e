"""Quotes: each "when" the app gave a party at the door, and how close it came.

When nothing seats a party now, :func:`floorview.core.seating.rank` offers the tables
likely to free first, each with its time ("~19:55"); the host quotes the best of them.
:class:`QuoteBook` keeps that quote in the branch's journal for the service day (the
journal's ``quotes`` table: the table or joined tables, the party, the time quoted and
when it was given), and :func:`outcomes` later matches each quote with when one of its
tables was in fact seated next: the first occupied status of one of them after the quote.
:class:`Accuracy` sums a night's outcomes up for the report: how many, the median and
the worst minutes early and late, and the share seated within :data:`CLOSE_MINUTES`.

Whatever shows the options keeps the quote in one call; a window's Seat panel, say::

    book = QuoteBook.at(branch.id, zone=branch.zone, journal_option=args.journal,
                        no_journal=args.no_journal)          # None: no journal, no quotes
    panel.quotes_given.connect(lambda options: book.record(options, now=clock(), party=n))

A quote's *minutes* are signed: seated minus quoted, positive when the table was seated
later than quoted (the party waited longer than told), negative when earlier.

Qt-free.
"""

from __future__ import annotations

import logging
import sqlite3
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from floorview.core import journal
from floorview.core.evening import Segment
from floorview.core.journal import QuoteRow
from floorview.core.journal_file import prepare
from floorview.core.seating import Option
from floorview.core.words import translate

log = logging.getLogger(__name__)

#: A quote within this many minutes of the seating either way is a close one.
CLOSE_MINUTES = 5.0
#: The same quote given again this soon (the Seat panel shown again for the same party)
#: is not a second quote.
REPEAT_WITHIN = timedelta(minutes=2)


def quote_of(options: Sequence[Option]) -> Option | None:
    """The quote a host gives from ``options`` (best first): the first that is not free now
    and has a time; None when one is free now (the party sits: nothing is quoted) or
    none has a time (no history)."""
    if any(o.now for o in options):
        return None
    for o in options:
        if not o.now and o.free_at is not None and o.table_ids:
            return o
    return None


class QuoteBook:
    """Keeps the quotes the app gives in the branch's journal of the service day.

    Args:
        branch_id: the branch's id.
        zone: the branch's clock (which service day a quote belongs to).
        path: one journal file (``--journal FILE``); else the day's file in ``folder``
            (default: the journals' default folder).
    """

    def __init__(self, branch_id: str, *, zone: tzinfo | None = None,
                 path: Path | None = None, folder: Path | None = None) -> None:
        self.branch_id = branch_id
        self.zone = zone
        self.path = path
        self.folder = folder

    @classmethod
    def at(cls, branch_id: str, *, zone: tzinfo | None = None, journal_option: str | None = None,
           no_journal: bool = False) -> QuoteBook | None:
        """The book the ``--journal PATH`` / ``--no-journal`` options name: a file (its
        quotes all there), a folder (the day's file in it), the default folder's day file
        when not given, or None with ``--no-journal``."""
        if no_journal:
            return None
        if journal_option and not Path(journal_option).is_dir():
            return cls(branch_id, zone=zone, path=Path(journal_option))
        return cls(branch_id, zone=zone,
                   folder=Path(journal_option) if journal_option else None)

    def file_for(self, now: datetime) -> Path:
        """The journal file a quote given at ``now`` goes into."""
        if self.path is not None:
            return self.path
        return journal.day_file(self.folder or journal.default_folder(), self.branch_id,
                                journal.service_day(now, self.zone))

    def record(self, options: Sequence[Option], *, now: datetime,
               party: int | None = None) -> QuoteRow | None:
        """Keep the quote ``options`` give (:func:`quote_of`), given at ``now`` for a party
        of ``party``: the one call for whatever showed the options. None when they hold no
        quote, when it repeats the last one, or when it could not be written (logged:
        a quote is worth less than the evening's journal, which keeps its own problems)."""
        best = quote_of(options)
        if best is None or best.free_at is None:
            return None
        # a time already past is told as "any minute now": the quote is now
        quote = QuoteRow(now, self.branch_id, best.table_ids, best.tables, party,
                         max(best.free_at, now))
        path = self.file_for(now)
        try:
            prepare(path, own_folder=self.path is None)
            with journal.Journal(path) as j:
                kept = j.quotes()
                if kept and repeats(kept[-1], quote):
                    return None
                j.add_quote(quote)
        except (OSError, journal.JournalError, sqlite3.Error) as e:
            log.warning("quotes: could not keep a quote in %s: %s", path, e)
            return None
        return quote


def repeats(last: QuoteRow, quote: QuoteRow) -> bool:
    """Whether ``quote`` is ``last`` given again: the same tables, party and time (to the
    minute), within :data:`REPEAT_WITHIN`."""
    return (last.branch_id == quote.branch_id and last.table_ids == quote.table_ids
            and last.party == quote.party
            and abs(last.free_at - quote.free_at) < timedelta(minutes=1)
            and abs(quote.quoted - last.quoted) < REPEAT_WITHIN)  # (two processes' server
                                                                  # clocks differ by a second)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A quote and when one of its tables was in fact seated next (None: not in the
    journal, the table was still taken or never seated again)."""

    quote: QuoteRow
    seated: datetime | None
    table_id: str | None  # which of its tables

    @property
    def minutes(self) -> float | None:
        """Seated minus quoted, in minutes: positive late, negative early."""
        if self.seated is None:
            return None
        return (self.seated - self.quote.free_at).total_seconds() / 60


def outcomes(quotes: Iterable[QuoteRow], segments: Iterable[Segment]) -> list[Outcome]:
    """Each quote with the first seating of one of its tables after it was given."""
    seated: dict[str, list[datetime]] = {}
    for s in segments:
        if s.status == "occupied":
            seated.setdefault(s.table_id, []).append(s.start)
    for starts in seated.values():
        starts.sort()
    out = []
    for q in quotes:
        first: tuple[datetime, str] | None = None
        for tid in q.table_ids:
            at = next((t for t in seated.get(tid, ()) if t > q.quoted), None)
            if at is not None and (first is None or at < first[0]):
                first = (at, tid)
        out.append(Outcome(q, first[0] if first else None, first[1] if first else None))
    return out


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How close a night's quotes came."""

    given: int  # quotes given
    seated: int  # of them, matched with a seating
    median: float | None  # signed minutes (positive: late)
    worst_early: float | None  # the most minutes early (a positive number), None if none
    worst_late: float | None  # the most minutes late, None if none was late
    close_share: float | None  # of the seated, the share within CLOSE_MINUTES

    @classmethod
    def of(cls, results: Sequence[Outcome], close: float = CLOSE_MINUTES) -> Accuracy:
        minutes = [m for r in results if (m := r.minutes) is not None]
        early = [-m for m in minutes if m < 0]
        late = [m for m in minutes if m > 0]
        return cls(
            given=len(results), seated=len(minutes),
            median=float(statistics.median(minutes)) if minutes else None,
            worst_early=max(early) if early else None,
            worst_late=max(late) if late else None,
            close_share=(sum(1 for m in minutes if abs(m) <= close) / len(minutes)
                         if minutes else None))


def signed(minutes: float) -> str:
    """Minutes as early or late in words: "4 min late", "3 min early", "on time"."""
    m = round(minutes)
    if m == 0:
        return translate("Quotes", "on time")
    off = abs(m)
    if m > 0:
        return translate("Quotes", "%n min late", None, off)
    return translate("Quotes", "%n min early", None, off)
